package org.cityline.desktop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which panel shows which of an agent's lines. A contact keeps its slot for as long as it is on the
 * agent's lines, so a call does not jump to another panel (and another set of element ids) when an
 * older line ends; a new contact takes the lowest free slot.
 *
 * @param <K> what identifies a line (the contact)
 */
public final class LineSlots<K> {

  private final int capacity;
  private final Map<K, Integer> slots = new LinkedHashMap<>();

  /**
   * @param capacity how many slots there are at most (the agent's lines, 1 to 4)
   */
  public LineSlots(int capacity) {
    if (capacity < 1 || capacity > 4) {
      throw new IllegalArgumentException("an agent has 1 to 4 lines, not " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Assigns slots to the lines routing describes now: lines gone free their slots, new lines take
   * the lowest free ones; lines beyond the capacity get none.
   *
   * @return the lines in slot order, each with its slot (0 first)
   */
  public List<Slot<K>> assign(Collection<K> lines) {
    slots.keySet().retainAll(lines);
    for (K line : lines) {
      if (!slots.containsKey(line)) {
        lowestFree().ifPresent(free -> slots.put(line, free));
      }
    }
    List<Slot<K>> ordered = new ArrayList<>();
    slots.forEach((line, slot) -> ordered.add(new Slot<>(slot, line)));
    ordered.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
    return ordered;
  }

  private Optional<Integer> lowestFree() {
    for (int slot = 0; slot < capacity; slot++) {
      if (!slots.containsValue(slot)) {
        return Optional.of(slot);
      }
    }
    return Optional.empty();
  }

  /** The suffix of a slot's element ids: none for the first line, "-2" for the second... */
  public static String suffix(int slot) {
    return slot == 0 ? "" : "-" + (slot + 1);
  }

  /** A line in its slot. */
  public record Slot<K>(int slot, K line) {}
}
