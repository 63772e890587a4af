package org.cityline.ivr.flow;

import java.time.Instant;
import java.util.Optional;

/** What moves a session on: the caller, silence, or a port's answer. */
public sealed interface FlowEvent {

  /** When it happened; trail entries carry this time. */
  Instant at();

  /** The call was answered: run the flow from its first step. */
  record Started(Instant at) implements FlowEvent {}

  /**
   * The caller pressed keys at a menu, an entry or while holding.
   *
   * @param keys 0-9, * and #; may be card digits, so {@link #toString()} never shows them
   * @param step the step token of the prompt they answer, when the phone system echoes it
   */
  record KeysPressed(String keys, Instant at, Optional<String> step) implements FlowEvent {
    public KeysPressed {
      if (keys == null || !keys.matches("[0-9*#]{1,32}")) {
        throw new IllegalArgumentException("keys are 1 to 32 of 0-9, * and #");
      }
      step = step == null ? Optional.empty() : step;
    }

    public KeysPressed(String keys, Instant at) {
      this(keys, at, Optional.empty());
    }

    @Override
    public String toString() {
      return "KeysPressed[" + keys.length() + " keys, at=" + at + ", step=" + step + "]";
    }
  }

  /**
   * The caller pressed nothing before the menu or entry timed out, or a hold reached its check-back
   * time.
   *
   * @param step the step token of the prompt it answers, when the phone system echoes it
   */
  record NoInput(Instant at, Optional<String> step) implements FlowEvent {
    public NoInput {
      step = step == null ? Optional.empty() : step;
    }

    public NoInput(Instant at) {
      this(at, Optional.empty());
    }
  }

  /**
   * The phone system's payment connector finished a capture ({@link Step.Capture}). No digits but
   * the last four.
   *
   * @param outcome charged, declined, failed or abandoned
   * @param confirmation the connector's confirmation code, for a charged payment
   * @param detail the connector's reason when nothing was charged
   * @param step the step token of the capture it answers, when the phone system echoes it
   */
  record PaymentCaptured(
      String outcome,
      Optional<String> confirmation,
      Optional<String> lastFour,
      Optional<String> cardType,
      Optional<String> detail,
      Instant at,
      Optional<String> step)
      implements FlowEvent {
    public PaymentCaptured {
      if (outcome == null || !outcome.matches("charged|declined|failed|abandoned")) {
        throw new IllegalArgumentException("a capture is charged, declined, failed or abandoned");
      }
      step = step == null ? Optional.empty() : step;
    }
  }

  /** The port call the session waits for answered. */
  record PortAnswered(PortResult result, Instant at) implements FlowEvent {}
}
