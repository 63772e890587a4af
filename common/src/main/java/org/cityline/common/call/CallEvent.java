package org.cityline.common.call;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/** Something that happened on a call, as reported by the adapter that owns it. */
public sealed interface CallEvent {

  /** The call this happened on. */
  CallId callId();

  /** When it happened, by the adapter's clock. */
  Instant at();

  /**
   * A new inbound call reached Cityline.
   *
   * @param caller the caller's number, or empty when withheld or not a phone number
   * @param dialed the number the caller dialed
   * @param language the channel's language if the phone system knows one, else English
   */
  record CallArrived(
      CallId callId,
      Optional<PhoneNumber> caller,
      PhoneNumber dialed,
      Language language,
      Instant at)
      implements CallEvent {}

  /**
   * The caller pressed keys in answer to a {@link CallCommand.Collect}.
   *
   * @param digits what was pressed (0-9, * and #), without the finishing key
   * @param step the step token of the command these keys answer ({@link
   *     CallCommand.Collect#step()}), when the command had one
   */
  record DigitsEntered(CallId callId, String digits, Instant at, Optional<String> step)
      implements CallEvent {
    public DigitsEntered {
      if (digits == null || !digits.matches("[0-9*#]{1,32}")) {
        throw new IllegalArgumentException("keys are 1 to 32 of 0-9, * and #");
      }
      step = StepToken.check(step);
    }

    /** Keys answering a command without a step token. */
    public DigitsEntered(CallId callId, String digits, Instant at) {
      this(callId, digits, at, Optional.empty());
    }

    /** Never shows the digits: they may be a card number. */
    @Override
    public String toString() {
      return "DigitsEntered[callId="
          + callId
          + ", digits="
          + digits.length()
          + " keys, at="
          + at
          + step.map(token -> ", step=" + token).orElse("")
          + "]";
    }
  }

  /**
   * A {@link CallCommand.Collect} ended without any key, or a {@link CallCommand.WaitForAgent}
   * reached its check-back time.
   *
   * @param step the step token of the command it answers, when the command had one
   */
  record NoInput(CallId callId, Instant at, Optional<String> step) implements CallEvent {
    public NoInput {
      step = StepToken.check(step);
    }

    /** Silence answering a command without a step token. */
    public NoInput(CallId callId, Instant at) {
      this(callId, at, Optional.empty());
    }
  }

  /**
   * The phone system's payment connector finished a {@link CallCommand.CapturePayment}. It never
   * carries a card or bank number: at most the last four digits and the card's type.
   *
   * @param outcome what became of it
   * @param confirmation the connector's confirmation code for a charged payment (its reference)
   * @param lastFour the last four digits of the card or bank account, when the connector gave them
   * @param cardType the card's type as the connector names it ("visa"), when given
   * @param detail the connector's error code or reason when it was not charged, in words
   * @param step the step token of the command it answers, when the command had one
   */
  record PaymentCaptured(
      CallId callId,
      CaptureOutcome outcome,
      Optional<String> confirmation,
      Optional<String> lastFour,
      Optional<String> cardType,
      Optional<String> detail,
      Instant at,
      Optional<String> step)
      implements CallEvent {
    public PaymentCaptured {
      if (callId == null || outcome == null || at == null) {
        throw new IllegalArgumentException("a captured payment needs its call, outcome and time");
      }
      confirmation = checked(confirmation, "[A-Za-z0-9_.:-]{1,64}", "a confirmation code");
      lastFour = checked(lastFour, "[0-9]{4}", "the last four digits");
      cardType = checked(cardType, "[a-z-]{1,24}", "a card type");
      detail =
          checked(
              detail, "(?!.*[0-9]{7})[^\\p{Cntrl}]{1,200}", "a detail (never digits of a card)");
      step = StepToken.check(step);
      if (outcome == CaptureOutcome.CHARGED && confirmation.isEmpty()) {
        throw new IllegalArgumentException("a charged payment needs the connector's confirmation");
      }
    }

    private static Optional<String> checked(Optional<String> value, String pattern, String what) {
      if (value == null) {
        return Optional.empty();
      }
      value.ifPresent(
          text -> {
            if (!text.matches(pattern)) {
              throw new IllegalArgumentException(what + " is malformed");
            }
          });
      return value;
    }
  }

  /** What a payment connector did with a capture. */
  enum CaptureOutcome {
    /** Charged: the confirmation code is the connector's reference. */
    CHARGED,
    /** The card or bank refused it, or the caller's details failed too often: nothing charged. */
    DECLINED,
    /** The connector or processor failed: nothing charged. */
    FAILED,
    /** The caller stopped it (pressed *) or hung up: nothing charged. */
    ABANDONED
  }

  /**
   * The customer answered a call Cityline placed ({@link CallControl#originate}, a callback).
   *
   * @param callId the outbound call
   */
  record CallAnswered(CallId callId, Instant at) implements CallEvent {}

  /** An agent's phone answered the leg that {@link CallControl#connectAgent} placed. */
  record AgentConnected(CallId callId, String agentEndpoint, Instant at) implements CallEvent {}

  /**
   * The agent's leg could not be connected (no answer, busy, failed); the caller is still waiting.
   */
  record AgentLegFailed(CallId callId, String agentEndpoint, String reason, Instant at)
      implements CallEvent {}

  /**
   * The call is over.
   *
   * @param reason why it ended, for the contact record
   */
  record CallEnded(CallId callId, EndReason reason, Instant at) implements CallEvent {}

  /** Why a call ended. */
  enum EndReason {
    /** The caller hung up. */
    CALLER_HUNG_UP,
    /** Cityline or the agent hung up. */
    HUNG_UP_BY_CITYLINE,
    /** The phone system lost the call (a failure, a restart). */
    LOST_BY_NETWORK,
    /** A call Cityline placed was not answered (no answer, busy, refused). */
    NOT_ANSWERED
  }
}
