package org.cityline.accounts.online;

import java.time.Duration;
import java.util.Optional;

/** What became of a {@link PasswordResetRequest}. */
public sealed interface PasswordResetOutcome {

  /**
   * A link was sent.
   *
   * @param channel how
   * @param phoneLastFour for a text message, the last four digits of the phone it went to
   */
  record Sent(ResetChannel channel, Optional<String> phoneLastFour)
      implements PasswordResetOutcome {}

  /** Nothing on file to send to (no phone, no e-mail); nothing sent. */
  record NoDestination(ResetChannel channel) implements PasswordResetOutcome {}

  /** Too many links lately; nothing sent. */
  record RateLimited(Duration tryAgainIn) implements PasswordResetOutcome {}

  /** The message could not be sent; the link was voided. */
  record Failed(String reason) implements PasswordResetOutcome {}

  /** There is no such account. */
  record UnknownAccount() implements PasswordResetOutcome {}
}
