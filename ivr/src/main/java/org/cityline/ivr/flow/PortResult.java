package org.cityline.ivr.flow;

import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;

/**
 * A port's answer to a {@link PortCall}, in the engine's terms.
 *
 * @param outcome one of the operation's outcomes ({@code one}, {@code verified}, {@code read}), or
 *     {@code queued} / {@code refused} for an enqueue
 * @param values values to store in the session ({@code balance-cents})
 * @param identified the account the caller is now identified with, if the call identified one
 * @param verified whether that identification is verified
 * @param failedIdentification whether this counts as a failed identification attempt
 * @param note what happened, in English for the trail; never card or bank digits
 */
public record PortResult(
    String outcome,
    Map<String, String> values,
    Optional<AccountNumber> identified,
    boolean verified,
    boolean failedIdentification,
    Optional<String> note) {

  public PortResult {
    if (outcome == null || outcome.isBlank()) {
      throw new IllegalArgumentException("a port result needs an outcome");
    }
    values = Map.copyOf(values);
  }

  /** A plain outcome with a trail note. */
  public static PortResult of(String outcome, String note) {
    return new PortResult(outcome, Map.of(), Optional.empty(), false, false, Optional.of(note));
  }

  /** An outcome that stores values. */
  public static PortResult withValues(String outcome, Map<String, String> values, String note) {
    return new PortResult(outcome, values, Optional.empty(), false, false, Optional.of(note));
  }

  /** The caller is identified with an account. */
  public static PortResult identified(
      String outcome, AccountNumber account, boolean verified, String note) {
    return new PortResult(
        outcome,
        Map.of("account-last4", account.lastFour()),
        Optional.of(account),
        verified,
        false,
        Optional.of(note));
  }

  /** A failed identification attempt, naming the account if the caller keyed one that exists. */
  public static PortResult failedIdentification(Optional<AccountNumber> claimed, String note) {
    return new PortResult("failed", Map.of(), claimed, false, true, Optional.of(note));
  }
}
