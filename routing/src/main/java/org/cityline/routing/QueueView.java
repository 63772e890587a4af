package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the matcher and the supervisor's figures read of a queue, without copying all of it.
 *
 * @param waiting how many contacts wait
 * @param oldestSince when the longest-waiting of them joined
 * @param head the first places, in serving order
 */
public record QueueView(int waiting, Optional<Instant> oldestSince, List<Waiting> head) {

  public QueueView {
    head = List.copyOf(head);
  }
}
