package org.cityline.routing;

import java.time.Instant;

/**
 * How an agent closed a contact: a disposition code from the configured list and a note, already
 * checked by {@link WrapUpPolicy}.
 *
 * @param code the disposition code ("billing-question")
 * @param note the agent's note, cleaned
 * @param at when the agent finished
 */
public record Disposition(String code, String note, Instant at) {

  public Disposition {
    if (code == null || code.isBlank() || note == null || at == null) {
      throw new IllegalArgumentException("a disposition needs a code, a note and a time");
    }
  }

  /** Never the note itself: it is the customer's business. */
  @Override
  public String toString() {
    return "Disposition[" + code + ", note of " + note.length() + " chars, at " + at + "]";
  }
}
