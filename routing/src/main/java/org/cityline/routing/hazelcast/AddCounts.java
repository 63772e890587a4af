package org.cityline.routing.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Adds counts to one queue's interval on the member that owns it, once per addition. */
record AddCounts(String queue, long start, CountsDelta delta, String op)
    implements EntryProcessor<String, StoredCounts, Boolean> {

  /** How many recent additions an interval remembers (a retry follows its first try at once). */
  static final int REMEMBERED = 16;

  @Override
  public Boolean process(Map.Entry<String, StoredCounts> entry) {
    StoredCounts old = entry.getValue();
    if (old != null && old.recentOps().contains(op)) {
      return false;
    }
    List<String> recent = new ArrayList<>(old == null ? List.of() : old.recentOps());
    recent.add(op);
    if (recent.size() > REMEMBERED) {
      recent.removeFirst();
    }
    entry.setValue(
        old == null
            ? new StoredCounts(
                queue,
                start,
                delta.offered(),
                delta.answered(),
                delta.answeredInTarget(),
                delta.abandoned(),
                delta.abandonedInTarget(),
                delta.overflowed(),
                delta.callbacks(),
                delta.waitMillis(),
                delta.handled(),
                delta.handleMillis(),
                recent)
            : new StoredCounts(
                queue,
                start,
                old.offered() + delta.offered(),
                old.answered() + delta.answered(),
                old.answeredInTarget() + delta.answeredInTarget(),
                old.abandoned() + delta.abandoned(),
                old.abandonedInTarget() + delta.abandonedInTarget(),
                old.overflowed() + delta.overflowed(),
                old.callbacks() + delta.callbacks(),
                old.waitMillis() + delta.waitMillis(),
                old.handled() + delta.handled(),
                old.handleMillis() + delta.handleMillis(),
                recent));
    return true;
  }
}
