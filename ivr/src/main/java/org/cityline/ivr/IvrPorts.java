package org.cityline.ivr;

import java.util.Objects;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.arrangements.Arrangements;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.online.OnlineAccounts;
import org.cityline.accounts.outages.Outages;
import org.cityline.accounts.payments.PaymentPort;
import org.cityline.accounts.programs.Programs;
import org.cityline.ivr.announcements.Announcements;
import org.cityline.ivr.guard.IdentificationGuard;
import org.cityline.routing.RoutingService;

/**
 * Every port the IVR's flows call: the customer information system and the account changes
 * (accounts), routing, the identification guard and the supervisor's announcements.
 *
 * @param customers identify callers, read balances and phones on file
 * @param routing queues, wait estimates, callbacks
 * @param history where contacts that end in the IVR are recorded
 * @param audit where locks are audited
 * @param payments card and bank payments
 * @param arrangements payment arrangements and extensions
 * @param programs program enrolment
 * @param outages outage reports and known outages
 * @param onlineAccounts password-reset links
 * @param guard counts failed identifications across the cluster
 * @param announcements the supervisor's emergency announcement
 * @param texts text messages to callers (a callback's confirmation), through the phone system's
 *     carrier when it has one, else the sandbox outbox
 */
public record IvrPorts(
    CustomerInformation customers,
    RoutingService routing,
    ContactHistory history,
    AuditTrail audit,
    PaymentPort payments,
    Arrangements arrangements,
    Programs programs,
    Outages outages,
    OnlineAccounts onlineAccounts,
    IdentificationGuard guard,
    Announcements announcements,
    Messaging texts) {

  public IvrPorts {
    Objects.requireNonNull(customers, "the IVR needs the customer information port");
    Objects.requireNonNull(routing, "the IVR needs routing");
    Objects.requireNonNull(history, "the IVR needs the contact history");
    Objects.requireNonNull(audit, "the IVR needs the audit trail");
    Objects.requireNonNull(payments, "the IVR needs the payment port");
    Objects.requireNonNull(arrangements, "the IVR needs the arrangements port");
    Objects.requireNonNull(programs, "the IVR needs the programs port");
    Objects.requireNonNull(outages, "the IVR needs the outages port");
    Objects.requireNonNull(onlineAccounts, "the IVR needs the online accounts port");
    Objects.requireNonNull(guard, "the IVR needs the identification guard");
    Objects.requireNonNull(announcements, "the IVR needs the announcements");
    Objects.requireNonNull(texts, "the IVR needs a messaging port (or NO_TEXTS)");
  }

  /** Messaging that sends nothing and says so: callbacks are kept, unconfirmed by text. */
  public static final Messaging NO_TEXTS =
      message -> new MessageResult.Failed("the IVR was given no messaging port");

  /** Every port but messaging: callback confirmations are not texted ({@link #NO_TEXTS}). */
  public IvrPorts(
      CustomerInformation customers,
      RoutingService routing,
      ContactHistory history,
      AuditTrail audit,
      PaymentPort payments,
      Arrangements arrangements,
      Programs programs,
      Outages outages,
      OnlineAccounts onlineAccounts,
      IdentificationGuard guard,
      Announcements announcements) {
    this(
        customers,
        routing,
        history,
        audit,
        payments,
        arrangements,
        programs,
        outages,
        onlineAccounts,
        guard,
        announcements,
        NO_TEXTS);
  }
}
