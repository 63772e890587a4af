package org.cityline.routing.hazelcast;

import java.io.Serializable;
import org.cityline.routing.QueueCounts;

/** Counts to add to an interval, as they travel inside {@link AddCounts}. */
record CountsDelta(
    int offered,
    int answered,
    int answeredInTarget,
    int abandoned,
    int abandonedInTarget,
    int overflowed,
    int callbacks,
    long waitMillis,
    int handled,
    long handleMillis)
    implements Serializable {

  static CountsDelta of(QueueCounts counts) {
    return new CountsDelta(
        counts.offered(),
        counts.answered(),
        counts.answeredInTarget(),
        counts.abandoned(),
        counts.abandonedInTarget(),
        counts.overflowed(),
        counts.callbacks(),
        counts.waitMillis(),
        counts.handled(),
        counts.handleMillis());
  }
}
