-- Routing's fifteen-minute interval counts per queue, for reports. A row is rewritten while its
-- interval is live (and once after it ends); the counts add up over any span of intervals.
CREATE TABLE routing_queue_interval (
    queue_id             VARCHAR(32)  NOT NULL,
    interval_start       TIMESTAMP WITH TIME ZONE NOT NULL,
    offered              INTEGER      NOT NULL,
    answered             INTEGER      NOT NULL,
    answered_in_target   INTEGER      NOT NULL,
    abandoned            INTEGER      NOT NULL,
    abandoned_in_target  INTEGER      NOT NULL,
    overflowed           INTEGER      NOT NULL,
    callbacks            INTEGER      NOT NULL,
    wait_millis          BIGINT       NOT NULL,
    handled              INTEGER      NOT NULL,
    handle_millis        BIGINT       NOT NULL,
    PRIMARY KEY (queue_id, interval_start)
);

CREATE INDEX routing_queue_interval_start ON routing_queue_interval (interval_start);
