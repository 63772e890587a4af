package org.cityline.routing.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;

/** Contact requests as the IVR makes them. */
public final class Requests {

  private Requests() {}

  /** A verified caller for the billing queue; the call is {@code sim/call-<id>}. */
  public static ContactRequest billing(String id, Instant arrivedAt) {
    return to(id, "billing", 0, arrivedAt);
  }

  public static ContactRequest to(String id, String queue, int priority, Instant arrivedAt) {
    return new ContactRequest(
        new ContactId(id),
        new CallId("sim", "call-" + id),
        Optional.of(PhoneNumber.of("+15055550123")),
        Language.ENGLISH,
        Optional.of(new AccountNumber("1234567890")),
        true,
        List.of(
            new TrailStep("identify", "Identified by caller number", arrivedAt),
            new TrailStep("balance", "Heard balance $82.17 due 2026-03-15", arrivedAt),
            new TrailStep("agent-request", "Pressed 0 at the main menu", arrivedAt)),
        "pressed 0 at the main menu",
        new QueueId(queue),
        priority,
        arrivedAt);
  }
}
