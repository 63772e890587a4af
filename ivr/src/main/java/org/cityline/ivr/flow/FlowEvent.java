package org.cityline.ivr.flow;

import java.time.Instant;

/** What moves a session on: the caller, silence, or a port's answer. */
public sealed interface FlowEvent {

  /** When it happened; trail entries carry this time. */
  Instant at();

  /** The call was answered: run the flow from its first step. */
  record Started(Instant at) implements FlowEvent {}

  /**
   * The caller pressed keys at a menu or entry.
   *
   * @param keys 0-9, * and #; may be card digits, so {@link #toString()} never shows them
   */
  record KeysPressed(String keys, Instant at) implements FlowEvent {
    public KeysPressed {
      if (keys == null || !keys.matches("[0-9*#]{1,32}")) {
        throw new IllegalArgumentException("keys are 1 to 32 of 0-9, * and #");
      }
    }

    @Override
    public String toString() {
      return "KeysPressed[" + keys.length() + " keys, at=" + at + "]";
    }
  }

  /** The caller pressed nothing before the menu or entry timed out. */
  record NoInput(Instant at) implements FlowEvent {}

  /** The port call the session waits for answered. */
  record PortAnswered(PortResult result, Instant at) implements FlowEvent {}
}
