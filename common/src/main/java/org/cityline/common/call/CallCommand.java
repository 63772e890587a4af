package org.cityline.common.call;

import java.time.Duration;
import java.util.Optional;
import org.cityline.common.Language;

/**
 * What a call must do next, as answered to a {@link CallEvent}. An adapter carries out a list of
 * them in order: the simulator appends prompts to the transcript, Asterisk runs AGI commands,
 * Twilio renders TwiML verbs.
 */
public sealed interface CallCommand {

  /** Answer the call if it is still ringing. */
  record Answer() implements CallCommand {}

  /** Say or play a prompt; the caller's keys do not interrupt it (use {@link Collect} for that). */
  record Play(Prompt prompt) implements CallCommand {}

  /**
   * Play a prompt and collect keys; a key pressed during the prompt stops it and counts. The answer
   * comes back as {@link CallEvent.DigitsEntered} or, when nothing was pressed in time, as {@link
   * CallEvent.NoInput}.
   *
   * @param prompt what is said while waiting for keys
   * @param maxDigits collection stops after this many keys (1 for a menu)
   * @param timeout how long to wait for the first key after the prompt ends
   * @param finishOnKey a key that ends the entry early ('#'), or '\0' for none
   * @param masked the keys are card or bank digits: the adapter never logs, echoes or records them
   *     (and pauses call recording while collecting)
   * @param step names this collect within the call (the core's step token); an adapter hands it
   *     back in the {@link CallEvent.DigitsEntered} or {@link CallEvent.NoInput} that answers it,
   *     so a retried delivery (a Twilio webhook sent twice) is told apart from new keys. Empty when
   *     the core gives none.
   */
  record Collect(
      Prompt prompt,
      int maxDigits,
      Duration timeout,
      char finishOnKey,
      boolean masked,
      Optional<String> step)
      implements CallCommand {
    public Collect {
      if (prompt == null) {
        throw new IllegalArgumentException("a collect needs a prompt");
      }
      if (maxDigits < 1 || maxDigits > 32) {
        throw new IllegalArgumentException("maxDigits must be 1 to 32, was " + maxDigits);
      }
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a collect needs a positive timeout");
      }
      if (finishOnKey != '\0' && finishOnKey != '#' && finishOnKey != '*') {
        throw new IllegalArgumentException("finishOnKey is '#', '*' or none");
      }
      step = StepToken.check(step);
    }

    /** A collect without a step token. */
    public Collect(
        Prompt prompt, int maxDigits, Duration timeout, char finishOnKey, boolean masked) {
      this(prompt, maxDigits, timeout, finishOnKey, masked, Optional.empty());
    }

    /** A one-key menu choice. */
    public static Collect menu(Prompt prompt, Duration timeout) {
      return new Collect(prompt, 1, timeout, '\0', false);
    }

    /** The same collect, named by a step token. */
    public Collect withStep(String token) {
      return new Collect(prompt, maxDigits, timeout, finishOnKey, masked, Optional.of(token));
    }
  }

  /**
   * The caller waits for a person: play the announcement, then music on hold until {@link
   * CallControl#connectAgent} or the caller hangs up. Keys pressed while waiting come back as
   * {@link CallEvent.DigitsEntered} (a caller asking for a callback); when {@code checkBackAfter}
   * is given and no agent has been connected by then, a {@link CallEvent.NoInput} comes back so the
   * core can announce the caller's position again (and answer with another WaitForAgent).
   *
   * @param announcement what the caller hears before the music
   * @param checkBackAfter how long to play music before asking the core again; empty for never
   * @param step the core's step token for this wait, handed back in the events that answer it (see
   *     {@link Collect#step()}); empty when the core gives none
   */
  record WaitForAgent(Prompt announcement, Optional<Duration> checkBackAfter, Optional<String> step)
      implements CallCommand {
    public WaitForAgent {
      if (announcement == null || checkBackAfter == null) {
        throw new IllegalArgumentException(
            "a wait needs an announcement (and an optional check-back)");
      }
      checkBackAfter.ifPresent(
          after -> {
            if (after.isNegative() || after.isZero()) {
              throw new IllegalArgumentException("a wait's check-back time must be positive");
            }
          });
      step = StepToken.check(step);
    }

    /** A wait without a step token. */
    public WaitForAgent(Prompt announcement, Optional<Duration> checkBackAfter) {
      this(announcement, checkBackAfter, Optional.empty());
    }

    /** Waits with music until connected, without checking back. */
    public WaitForAgent(Prompt announcement) {
      this(announcement, Optional.empty());
    }
  }

  /**
   * Hand the whole card or bank capture to the phone system's payment connector (Twilio's {@code
   * <Pay>}): it asks for the digits in its own prompts, charges through the connector, and reports
   * only the outcome as {@link CallEvent.PaymentCaptured}. Cityline never hears, stores or logs a
   * digit. Issued only on a network whose {@link CallControl#capturesPayments()} is true.
   *
   * @param amountCents what to charge, in cents (at least 1)
   * @param method card or bank
   * @param language the language the connector's prompts are spoken in
   * @param description what the payment is for, as the connector records it (no digits of a card)
   * @param step the core's step token, handed back in the {@link CallEvent.PaymentCaptured}
   */
  record CapturePayment(
      long amountCents,
      PaymentMethod method,
      Language language,
      String description,
      Optional<String> step)
      implements CallCommand {
    public CapturePayment {
      if (amountCents < 1 || amountCents > 99_999_999L) {
        throw new IllegalArgumentException("a captured payment is 1 cent to $999,999.99");
      }
      if (method == null || language == null) {
        throw new IllegalArgumentException("a captured payment needs a method and a language");
      }
      if (description == null || !description.matches("[A-Za-z0-9 .,:#/-]{1,100}")) {
        throw new IllegalArgumentException(
            "a payment's description is 1 to 100 letters, digits, spaces and . , : # / -");
      }
      step = StepToken.check(step);
    }

    /** How the connector is to take the payment. */
    public enum PaymentMethod {
      /** A credit or debit card: number, expiry, security code, billing ZIP. */
      CARD,
      /** A bank account (ACH debit): routing and account numbers. */
      BANK
    }
  }

  /** Hang up the call (after any prompts before this command). */
  record Hangup() implements CallCommand {}
}
