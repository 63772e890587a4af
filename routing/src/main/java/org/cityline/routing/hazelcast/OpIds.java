package org.cityline.routing.hazelcast;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for commands sent to the cluster, unique across nodes and restarts: a random prefix per store
 * and a counter. A command keeps its id when Hazelcast retries it, which is how an entry recognizes
 * a repeat.
 */
final class OpIds {

  private final String prefix = UUID.randomUUID().toString().substring(0, 13);
  private final AtomicLong next = new AtomicLong();

  String next() {
    return prefix + next.incrementAndGet();
  }
}
