package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;

/**
 * A finished contact, as kept in the database.
 *
 * @param id the contact
 * @param channel how it came in: "voice", "callback"
 * @param caller the caller's number, if known
 * @param account the account it was about, if identified
 * @param verified whether the caller was verified (IVR or agent)
 * @param queue the queue it waited in last, or empty if it ended in the IVR
 * @param agent the agent who handled it, if any
 * @param outcome how it ended: "answered", "abandoned", "self-service", "callback-completed",
 *     "overflowed-out", "failed"
 * @param ivrTrail the IVR trail as text, one step per line
 * @param arrivedAt when the call reached Cityline
 * @param answeredAt when an agent took it, if one did
 * @param endedAt when it ended
 * @param endReason why it ended, in words, when not simply answered or abandoned (a failed
 *     callback: "callback not answered after 3 calls (...)"); the store keeps at most {@link
 *     #MAX_END_REASON} characters
 */
public record ContactRecord(
    ContactId id,
    String channel,
    Optional<PhoneNumber> caller,
    Optional<AccountNumber> account,
    boolean verified,
    Optional<String> queue,
    Optional<String> agent,
    String outcome,
    String ivrTrail,
    Instant arrivedAt,
    Optional<Instant> answeredAt,
    Instant endedAt,
    Optional<String> endReason) {

  /** The longest end reason the history keeps; a longer one keeps its start. */
  public static final int MAX_END_REASON = 500;

  /** A record with no end reason (answered, abandoned, self-service). */
  public ContactRecord(
      ContactId id,
      String channel,
      Optional<PhoneNumber> caller,
      Optional<AccountNumber> account,
      boolean verified,
      Optional<String> queue,
      Optional<String> agent,
      String outcome,
      String ivrTrail,
      Instant arrivedAt,
      Optional<Instant> answeredAt,
      Instant endedAt) {
    this(
        id,
        channel,
        caller,
        account,
        verified,
        queue,
        agent,
        outcome,
        ivrTrail,
        arrivedAt,
        answeredAt,
        endedAt,
        Optional.empty());
  }
}
