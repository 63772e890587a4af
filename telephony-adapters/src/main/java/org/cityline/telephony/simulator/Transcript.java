package org.cityline.telephony.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.cityline.telephony.simulator.SimulatedCall.KeyEntry;
import org.cityline.telephony.simulator.SimulatedCall.Line;
import org.cityline.telephony.simulator.SimulatedCall.Speaker;

/**
 * What happened on one call, bounded: past the limit the oldest lines are dropped and counted. Not
 * thread-safe; its {@link LiveCall} guards it.
 */
final class Transcript {

  private final int maxLines;
  private final ArrayDeque<Line> lines = new ArrayDeque<>();
  private final ArrayDeque<KeyEntry> keys = new ArrayDeque<>();
  private int dropped;

  Transcript(int maxLines) {
    this.maxLines = maxLines;
  }

  void add(Instant at, Speaker speaker, String text) {
    lines.addLast(new Line(at, speaker, text));
    if (lines.size() > maxLines) {
      lines.removeFirst();
      dropped++;
    }
  }

  /** Records an entry of keys; the caller's line shows them as the entry shows them. */
  void keys(KeyEntry entry) {
    keys.addLast(entry);
    if (keys.size() > maxLines) {
      keys.removeFirst();
    }
    add(
        entry.at(),
        Speaker.CALLER,
        entry.ignored() ? entry.keys() + " (not listening)" : entry.keys());
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  List<KeyEntry> keyEntries() {
    return List.copyOf(keys);
  }

  int dropped() {
    return dropped;
  }
}
