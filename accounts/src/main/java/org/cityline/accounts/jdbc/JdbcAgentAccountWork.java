package org.cityline.accounts.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.FieldNotifications;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.desk.AccountType;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.desk.ApprovalRequest;
import org.cityline.accounts.desk.BillAdjustmentRequest;
import org.cityline.accounts.desk.DepositRules;
import org.cityline.accounts.desk.DeskChange;
import org.cityline.accounts.desk.LandlordAgreement;
import org.cityline.accounts.desk.LandlordAgreementRequest;
import org.cityline.accounts.desk.MailingAddress;
import org.cityline.accounts.desk.ServiceOrderRequest;
import org.cityline.accounts.staff.Role;
import org.cityline.common.ContactId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Agents' account changes over the accounts database (see {@link AgentAccountWork}). */
final class JdbcAgentAccountWork implements AgentAccountWork {

  /** The kind of field notification an agent's service order sends. */
  static final String ORDER_OPENED = "service-order-opened";

  private final Jdbi jdbi;
  private final Clock clock;
  private final Money threshold;
  private final FieldNotifications notifications;
  private final JdbcLandlordAgreements landlords;
  private final JdbcBillAdjustments adjustments;

  JdbcAgentAccountWork(
      Jdbi jdbi, Clock clock, Money approvalThreshold, FieldNotifications notifications) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.threshold = approvalThreshold;
    this.notifications = notifications;
    this.landlords = new JdbcLandlordAgreements(jdbi, clock);
    this.adjustments = new JdbcBillAdjustments(jdbi, approvalThreshold);
  }

  @Override
  public Optional<LandlordAgreement> landlordAgreement(AccountNumber account) {
    return landlords.inForce(account);
  }

  @Override
  public DeskChange enrolLandlordAgreement(LandlordAgreementRequest request) {
    return landlords.enrol(request);
  }

  @Override
  public DeskChange cancelLandlordAgreement(
      AccountNumber account, Role role, Optional<ContactId> contact, String actor, Instant at) {
    return landlords.cancel(account, role, contact, actor, at);
  }

  @Override
  public Money approvalThreshold() {
    return threshold;
  }

  @Override
  public DeskChange cancelProgram(
      AccountNumber account,
      Program program,
      Role role,
      Optional<ContactId> contact,
      String actor,
      Instant at) {
    if (AgentAccountWork.cancellingNeedsSpecialist(program) && !role.includes(Role.SPECIALIST)) {
      return new DeskChange.Refused(
          "Only a specialist can cancel " + title(program) + "; escalate the call.");
    }
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    return jdbi.inTransaction(
        handle -> {
          int ended =
              handle
                  .createUpdate(
                      "UPDATE program_enrolment SET ended_on = :today WHERE account_number ="
                          + " :account AND program = :program AND ended_on IS NULL")
                  .bind("today", today)
                  .bind("account", account.value())
                  .bind("program", program.name())
                  .execute();
          if (ended == 0) {
            return new DeskChange.Refused("The account is not enrolled in " + title(program) + ".");
          }
          audit(handle, at, actor, contact, account, "program-cancelled", "cancelled " + program);
          return new DeskChange.Done(title(program) + " cancelled.");
        });
  }

  @Override
  public DeskChange changeMailingAddress(
      AccountNumber account,
      MailingAddress address,
      Optional<ContactId> contact,
      String actor,
      Instant at) {
    return jdbi.inTransaction(
        handle -> {
          if (!exists(handle, account)) {
            return new DeskChange.Refused("There is no account " + account + ".");
          }
          handle
              .createUpdate("DELETE FROM mailing_address WHERE account_number = :account")
              .bind("account", account.value())
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO mailing_address (account_number, street, unit, city, state, zip,"
                      + " changed_by, contact_id, changed_at) VALUES (:account, :street, :unit,"
                      + " :city, :state, :zip, :actor, :contact, :at)")
              .bind("account", account.value())
              .bind("street", address.street())
              .bind("unit", address.unit())
              .bind("city", address.city())
              .bind("state", address.state())
              .bind("zip", address.zip())
              .bind("actor", actor)
              .bindByType("contact", contactText(contact), String.class)
              .bind("at", at)
              .execute();
          audit(
              handle,
              at,
              actor,
              contact,
              account,
              "mailing-address-changed",
              "mail to " + address.oneLine());
          return new DeskChange.Done("Mail will go to " + address.oneLine() + ".");
        });
  }

  @Override
  public Optional<MailingAddress> mailingAddress(AccountNumber account) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT street, unit, city, state, zip FROM mailing_address"
                        + " WHERE account_number = :account")
                .bind("account", account.value())
                .map(
                    (rs, ctx) ->
                        new MailingAddress(
                            rs.getString("street"),
                            rs.getString("unit"),
                            rs.getString("city"),
                            rs.getString("state"),
                            rs.getString("zip")))
                .findOne());
  }

  @Override
  public DeskChange changeDueDay(
      AccountNumber account, int day, Optional<ContactId> contact, String actor, Instant at) {
    if (day < 1 || day > 28) {
      return new DeskChange.Refused("A due day is 1 to 28.");
    }
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    return jdbi.inTransaction(
        handle -> {
          if (!exists(handle, account)) {
            return new DeskChange.Refused("There is no account " + account + ".");
          }
          int changed =
              handle
                  .createUpdate(
                      "UPDATE program_enrolment SET due_day = :day WHERE account_number = :account"
                          + " AND program = 'SELECT_DUE_DATE' AND ended_on IS NULL")
                  .bind("day", day)
                  .bind("account", account.value())
                  .execute();
          if (changed == 0) {
            handle
                .createUpdate(
                    "INSERT INTO program_enrolment (account_number, program, enrolled_on, due_day)"
                        + " VALUES (:account, 'SELECT_DUE_DATE', :today, :day)")
                .bind("account", account.value())
                .bind("today", today)
                .bind("day", day)
                .execute();
          }
          audit(handle, at, actor, contact, account, "due-day-changed", "bills due on day " + day);
          return new DeskChange.Done("Bills will fall due on day " + day + " of the month.");
        });
  }

  @Override
  public DeskChange openServiceOrder(ServiceOrderRequest request) {
    LocalDate today = LocalDate.ofInstant(request.at(), clock.getZone());
    if (request.scheduledFor().isBefore(today)) {
      return new DeskChange.Refused("A service order cannot be scheduled in the past.");
    }
    if (request.scheduledFor().isAfter(today.plusDays(90))) {
      return new DeskChange.Refused("A service order is scheduled at most 90 days ahead.");
    }
    Optional<FieldNotification> told = jdbi.inTransaction(handle -> openIn(handle, request, today));
    if (told.isEmpty()) {
      return new DeskChange.Refused("There is no account " + request.account() + ".");
    }
    notifications.publish(List.of(told.get()));
    return new DeskChange.Done(
        "Service order " + told.get().serviceOrder() + " opened; field staff notified.");
  }

  private Optional<FieldNotification> openIn(
      Handle handle, ServiceOrderRequest request, LocalDate today) {
    if (!exists(handle, request.account())) {
      return Optional.empty();
    }
    long order =
        handle
            .createUpdate(
                "INSERT INTO service_order (account_number, order_type, status, service,"
                    + " requested_on, scheduled_for, created_by, contact_id) VALUES (:account,"
                    + " :type, 'SCHEDULED', :service, :today, :day, :actor, :contact)")
            .bind("account", request.account().value())
            .bind("type", request.type().name())
            .bind("service", request.service().name())
            .bind("today", today)
            .bind("day", request.scheduledFor())
            .bind("actor", request.actor())
            .bindByType("contact", contactText(request.contact()), String.class)
            .executeAndReturnGeneratedKeys("order_id")
            .mapTo(Long.class)
            .one();
    handle
        .createUpdate(
            "INSERT INTO service_order_note (order_id, written_at, author, note_text)"
                + " VALUES (:order, :at, :author, :text)")
        .bind("order", order)
        .bind("at", request.at())
        .bind("author", request.actor())
        .bind("text", request.note())
        .execute();
    audit(
        handle,
        request.at(),
        request.actor(),
        request.contact(),
        request.account(),
        "service-order-opened",
        request.type() + " of " + request.service() + " for " + request.scheduledFor());
    String message =
        request.type()
            + " of "
            + request.service()
            + " on "
            + request.scheduledFor()
            + ", account "
            + request.account()
            + ": "
            + request.note();
    message = message.length() > 500 ? message.substring(0, 497) + "..." : message;
    long id =
        handle
            .createUpdate(
                "INSERT INTO field_notification (account_number, order_id, kind, message,"
                    + " contact_id, created_at) VALUES (:account, :order, :kind, :message,"
                    + " :contact, :at)")
            .bind("account", request.account().value())
            .bind("order", order)
            .bind("kind", ORDER_OPENED)
            .bind("message", message)
            .bindByType("contact", contactText(request.contact()), String.class)
            .bind("at", request.at())
            .executeAndReturnGeneratedKeys("notification_id")
            .mapTo(Long.class)
            .one();
    return Optional.of(
        new FieldNotification(
            id, request.account(), order, ORDER_OPENED, message, request.contact(), request.at()));
  }

  @Override
  public DeskChange adjustBill(BillAdjustmentRequest request) {
    return adjustments.adjust(request);
  }

  @Override
  public List<ApprovalRequest> pendingApprovals(int limit) {
    return adjustments.pending(limit);
  }

  @Override
  public DeskChange decide(
      long request, boolean approve, Role role, String supervisor, Instant at) {
    return adjustments.decide(request, approve, role, supervisor, at);
  }

  @Override
  public List<Money> appliedAdjustments(AccountNumber account) {
    return adjustments.applied(account);
  }

  @Override
  public DepositRules.DepositQuote deposit(AccountNumber account, AccountType type) {
    LocalDate today = LocalDate.now(clock);
    LocalDate since = today.minusYears(1);
    return jdbi.withHandle(
        handle -> {
          List<Money> bills =
              handle
                  .createQuery(
                      "SELECT new_charges_cents FROM bill WHERE account_number = :account"
                          + " ORDER BY issued_on DESC, bill_id DESC FETCH FIRST 12 ROWS ONLY")
                  .bind("account", account.value())
                  .mapTo(Long.class)
                  .map(Money::ofCents)
                  .list();
          int late =
              count(
                  handle,
                  "SELECT COUNT(*) FROM bill b WHERE b.account_number = :account AND b.issued_on"
                      + " >= :since AND b.due_on < :today AND NOT EXISTS (SELECT 1 FROM payment p"
                      + " WHERE p.account_number = b.account_number AND p.status = 'POSTED' AND"
                      + " p.received_on BETWEEN b.issued_on AND b.due_on)",
                  account,
                  since,
                  today);
          int broken =
              count(
                  handle,
                  "SELECT COUNT(*) FROM payment_arrangement WHERE account_number = :account AND"
                      + " status = 'BROKEN' AND created_on >= :since AND created_on <= :today",
                  account,
                  since,
                  today);
          int disconnects =
              count(
                  handle,
                  "SELECT COUNT(*) FROM service_order WHERE account_number = :account AND"
                      + " order_type = 'DISCONNECT_NONPAYMENT' AND status = 'COMPLETED' AND"
                      + " completed_on >= :since AND completed_on <= :today",
                  account,
                  since,
                  today);
          return DepositRules.quote(type, bills, late, broken, disconnects);
        });
  }

  private static int count(
      Handle handle, String sql, AccountNumber account, LocalDate since, LocalDate today) {
    return handle
        .createQuery(sql)
        .bind("account", account.value())
        .bind("since", since)
        .bind("today", today)
        .mapTo(Integer.class)
        .one();
  }

  static boolean exists(Handle handle, AccountNumber account) {
    return handle
            .createQuery("SELECT COUNT(*) FROM account WHERE account_number = :account")
            .bind("account", account.value())
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  static void audit(
      Handle handle,
      Instant at,
      String actor,
      Optional<ContactId> contact,
      AccountNumber account,
      String action,
      String detail) {
    JdbcAuditTrail.insert(
        handle, new AuditEntry(at, actor, contact, Optional.of(account), action, detail));
  }

  static String contactText(Optional<ContactId> contact) {
    return contact.map(ContactId::value).orElse(null);
  }

  private static String title(Program program) {
    return switch (program) {
      case BUDGET_BILLING -> "budget billing";
      case SUREPAY -> "the SurePay bank draft";
      case SELECT_DUE_DATE -> "the chosen due date";
      case EBILL -> "e-bill";
    };
  }
}
