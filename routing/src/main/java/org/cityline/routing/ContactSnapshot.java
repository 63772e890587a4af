package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;

/**
 * A live contact as routing sees it at one moment (for screen pops, the supervisor's view and
 * events).
 *
 * @param id the contact
 * @param call the call routing drives: the caller's, or the call placed for a callback
 * @param caller the caller's number, if known
 * @param language the caller's language
 * @param account the identified account, if any
 * @param verified whether the caller was verified
 * @param trail the IVR trail
 * @param reason why the caller wants a person
 * @param queue the queue it waits or waited in
 * @param priority higher is served first
 * @param arrivedAt when the call reached Cityline (kept through transfers)
 * @param enqueuedAt when it joined its current queue
 * @param state where it stands
 * @param agent the agent it is offered to or connected with, if any
 * @param notes notes from agents who transferred or escalated it, oldest first
 * @param callbackNumber the number to call back, when the customer asked for a callback
 * @param consultedAgent during a warm transfer, the agent being consulted (still there once the
 *     consult became a conference of three: see {@link #inConference})
 * @param offerExpiresAt while offered, when the offer rings out
 */
public record ContactSnapshot(
    ContactId id,
    CallId call,
    Optional<PhoneNumber> caller,
    Language language,
    Optional<AccountNumber> account,
    boolean verified,
    List<TrailStep> trail,
    String reason,
    QueueId queue,
    int priority,
    Instant arrivedAt,
    Instant enqueuedAt,
    ContactState state,
    Optional<AgentId> agent,
    List<ContactNote> notes,
    Optional<PhoneNumber> callbackNumber,
    Optional<AgentId> consultedAgent,
    Optional<Instant> offerExpiresAt) {

  public ContactSnapshot {
    trail = List.copyOf(trail);
    notes = List.copyOf(notes);
  }

  /** The foundation's snapshot, without notes, callback or consult. */
  public ContactSnapshot(
      ContactId id,
      CallId call,
      Optional<PhoneNumber> caller,
      Language language,
      Optional<AccountNumber> account,
      boolean verified,
      List<TrailStep> trail,
      String reason,
      QueueId queue,
      int priority,
      Instant arrivedAt,
      Instant enqueuedAt,
      ContactState state,
      Optional<AgentId> agent) {
    this(
        id,
        call,
        caller,
        language,
        account,
        verified,
        trail,
        reason,
        queue,
        priority,
        arrivedAt,
        enqueuedAt,
        state,
        agent,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether the caller talks with both agents at once: a consult still goes on ({@link
   * #consultedAgent}) while the caller is connected, not held.
   */
  public boolean inConference() {
    return state == ContactState.CONNECTED && consultedAgent.isPresent();
  }
}
