package org.cityline.desktop.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.LastPayment;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.UtilityService;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;

/** Accounts and callers for the desktop's tests and previews. */
public final class SampleCalls {

  public static final AccountNumber DELINQUENT = new AccountNumber("4100238841");
  public static final PhoneNumber DELINQUENT_PHONE = PhoneNumber.of("+15055550142");

  private SampleCalls() {}

  /** Rosa Delgado: past due, a disconnect scheduled, on e-bill, paid a little last month. */
  public static AccountSummary delinquentAccount() {
    return new AccountSummary(
        DELINQUENT,
        "Rosa Delgado",
        Language.SPANISH,
        new ServiceAddress("1420 Juniper Ave", "Apt 3", "Cityline", "NM", "87101"),
        Optional.of(DELINQUENT_PHONE),
        AccountStatus.ACTIVE,
        EnumSet.of(UtilityService.ELECTRIC, UtilityService.WATER, UtilityService.SOLID_WASTE),
        Money.parse("312.47"),
        Money.parse("187.22"),
        Optional.of(LocalDate.of(2026, 3, 16)),
        Optional.of(new LastPayment(Money.parse("60.00"), LocalDate.of(2026, 2, 9))),
        Optional.of(LocalDate.of(2026, 3, 20)),
        false,
        EnumSet.of(Program.EBILL));
  }

  /** A verified caller on the delinquent account who heard the balance and pressed 0. */
  public static ContactRequest verifiedCaller(String id, Instant arrived) {
    return new ContactRequest(
        new ContactId(id),
        new CallId("sim", "call-" + id),
        Optional.of(DELINQUENT_PHONE),
        Language.SPANISH,
        Optional.of(DELINQUENT),
        true,
        List.of(
            new TrailStep("greeting", "Chose Spanish (pressed 1)", arrived),
            new TrailStep(
                "identify", "Identified by caller number", arrived.plus(Duration.ofSeconds(9))),
            new TrailStep(
                "balance",
                "Heard balance $312.47, due Mar 16, 2026",
                arrived.plus(Duration.ofSeconds(21))),
            new TrailStep(
                "agent-request",
                "Pressed 0 after hearing the disconnect notice",
                arrived.plus(Duration.ofSeconds(40)))),
        "Pressed 0 after hearing the disconnect notice",
        new QueueId("billing"),
        0,
        arrived);
  }

  /** A caller the IVR could not identify: wrong account number three times. */
  public static ContactRequest unverifiedCaller(String id, Instant arrived) {
    return new ContactRequest(
        new ContactId(id),
        new CallId("sim", "call-" + id),
        Optional.of(PhoneNumber.of("+15055550199")),
        Language.ENGLISH,
        Optional.empty(),
        false,
        List.of(
            new TrailStep("identify", "Caller number not on file", arrived),
            new TrailStep(
                "identify",
                "Account number and ZIP did not match (3 tries)",
                arrived.plus(Duration.ofSeconds(50)))),
        "Could not be identified after three tries",
        new QueueId("billing"),
        0,
        arrived);
  }

  /** A caller whose "reason" carries markup, to prove it is shown as text. */
  public static ContactRequest callerWithMarkup(String id, Instant arrived) {
    ContactRequest base = verifiedCaller(id, arrived);
    return new ContactRequest(
        base.id(),
        base.call(),
        base.caller(),
        base.language(),
        base.account(),
        base.verified(),
        List.of(new TrailStep("note", "<img src=x onerror=alert(1)>", arrived)),
        "<script>alert('x')</script>",
        base.queue(),
        base.priority(),
        arrived);
  }
}
