package org.cityline.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * The contacts waiting in one queue, in the order they are served: higher priority first, then the
 * longest waiting, then by id (so every node sees the same order). Pure: each change returns a new
 * list; stores apply changes atomically.
 *
 * @param entries the places, in serving order
 */
public record WaitingList(List<Waiting> entries) {

  /** The serving order. */
  public static final Comparator<Waiting> ORDER =
      Comparator.comparingInt(Waiting::priority)
          .reversed()
          .thenComparing(Waiting::since)
          .thenComparing(waiting -> waiting.contact().value());

  public WaitingList {
    entries = entries.stream().sorted(ORDER).toList();
  }

  public static WaitingList empty() {
    return new WaitingList(List.of());
  }

  /**
   * The list with this contact at its place; an older place of the same contact is replaced, the
   * same place again changes nothing.
   */
  public WaitingList join(Waiting waiting) {
    List<Waiting> next = new ArrayList<>(entries.size() + 1);
    for (Waiting entry : entries) {
      if (!entry.contact().equals(waiting.contact())) {
        next.add(entry);
      } else if (entry.visit() > waiting.visit()) {
        return this; // a newer visit is already in place
      }
    }
    next.add(waiting);
    return new WaitingList(next);
  }

  /** The list without this contact's place from {@code visit} (a newer place stays). */
  public WaitingList leave(ContactId contact, int visit) {
    return new WaitingList(
        entries.stream()
            .filter(entry -> !(entry.contact().equals(contact) && entry.visit() <= visit))
            .toList());
  }

  /** The first {@code limit} places. */
  public List<Waiting> head(int limit) {
    return entries.subList(0, Math.min(limit, entries.size()));
  }

  public int size() {
    return entries.size();
  }

  /** When the longest-waiting contact joined, if any wait. */
  public Optional<Instant> oldestSince() {
    return entries.stream().map(Waiting::since).min(Comparator.naturalOrder());
  }

  /** A summary for the matcher and the supervisor: the first places and the totals. */
  public QueueView view(int limit) {
    return new QueueView(size(), oldestSince(), head(limit));
  }
}
