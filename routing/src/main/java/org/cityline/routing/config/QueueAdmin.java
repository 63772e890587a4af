package org.cityline.routing.config;

import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingResult;

/** What the admin API needs of routing: the queues in use, and a way to replace them. */
public interface QueueAdmin {

  /** The queues every node uses now. */
  QueueDirectory current();

  /** Replaces the queues on every node (refused when a queue that goes still has contacts). */
  RoutingResult replace(QueueDirectory queues);
}
