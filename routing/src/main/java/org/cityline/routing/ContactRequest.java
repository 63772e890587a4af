package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;

/**
 * A caller the IVR hands to a person, with everything it learned.
 *
 * @param id the contact (the IVR creates it when the call arrives)
 * @param call the caller's call leg
 * @param caller the caller's number, if known
 * @param language the language the caller chose
 * @param account the account the caller was identified with, if any
 * @param verified whether the IVR verified the caller (caller number or account plus ZIP)
 * @param trail what the caller did in the IVR, in order
 * @param reason why the caller wants a person, in words ("pressed 0 at the main menu")
 * @param queue the queue to wait in
 * @param priority higher is served first; 0 is normal, 100 the highest (the queue's own priority
 *     applies if higher)
 * @param arrivedAt when the call reached Cityline (kept through transfers for statistics)
 * @param skills skills this contact needs beyond its queue's (name to the lowest level, 1 to 5),
 *     such as {@code spanish} for a Spanish speaker in a queue that does not need it
 */
public record ContactRequest(
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
    Map<String, Integer> skills) {

  public ContactRequest {
    trail = trail == null ? null : List.copyOf(trail);
    skills = skills == null ? null : Map.copyOf(skills);
  }

  /** A request that needs no skills beyond its queue's. */
  public ContactRequest(
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
      Instant arrivedAt) {
    this(
        id, call, caller, language, account, verified, trail, reason, queue, priority, arrivedAt,
        Map.of());
  }
}
