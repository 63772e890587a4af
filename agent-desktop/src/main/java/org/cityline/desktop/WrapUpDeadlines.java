package org.cityline.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When each wrap-up closes, as the desk counts it down: routing closes a wrap-up its queue's
 * wrap-up time after it starts, plus every extension it granted. Routing's snapshots do not carry
 * the deadline, so the desk notes when it first saw the wrap-up and each extension, in the agent's
 * drafts (so a reload keeps the count).
 */
public final class WrapUpDeadlines {

  private static final String FIELD = "wrapup-deadline/";

  private final DeskDrafts drafts;
  private final String agent;

  public WrapUpDeadlines(DeskDrafts drafts, String agent) {
    this.drafts = drafts;
    this.agent = agent;
  }

  /** The deadline of a contact's wrap-up; the first time it is asked, {@code now + wrapUpTime}. */
  public Instant deadline(String contact, Instant now, Duration wrapUpTime) {
    Optional<Instant> known = known(contact);
    if (known.isPresent()) {
      return known.get();
    }
    Instant deadline = now.plus(wrapUpTime);
    drafts.keep(agent, FIELD + contact, deadline.toString());
    return deadline;
  }

  /** Routing granted {@code extra} more: the deadline moves on by as much, up to now + 30 min. */
  public void extended(String contact, Instant now, Duration extra) {
    known(contact)
        .ifPresent(
            deadline -> {
              Instant wanted = deadline.plus(extra);
              Instant latest = now.plus(Duration.ofMinutes(30));
              Instant moved = wanted.isAfter(latest) ? latest : wanted;
              drafts.keep(agent, FIELD + contact, moved.toString());
            });
  }

  private Optional<Instant> known(String contact) {
    return drafts.draft(agent, FIELD + contact).map(Instant::parse);
  }
}
