package org.cityline.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountStanding;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.LastPayment;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.UtilityService;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.jdbi.v3.core.Handle;

/**
 * Account summaries in three queries however many accounts match: the accounts with their balances
 * and dates (scalar subqueries), then their services, then their programs.
 */
final class SummaryQueries {

  /**
   * The balance is derived, never stored: opening balance + bills - posted payments - applied bill
   * adjustments.
   */
  private static final String SUMMARY_SELECT =
      """
      SELECT a.account_number, a.status, a.opened_on,
             a.service_street, a.service_unit, a.service_city, a.service_state, a.service_zip,
             c.full_name, c.language_tag, c.phone, c.email,
             a.opening_balance_cents
               + (SELECT COALESCE(SUM(b.new_charges_cents), 0) FROM bill b
                   WHERE b.account_number = a.account_number)
               - (SELECT COALESCE(SUM(p.amount_cents), 0) FROM payment p
                   WHERE p.account_number = a.account_number AND p.status = 'POSTED')
               - (SELECT COALESCE(SUM(j.amount_cents), 0) FROM bill_adjustment j
                   WHERE j.account_number = a.account_number AND j.status = 'APPLIED')
               AS balance_cents,
             (SELECT b.due_on FROM bill b WHERE b.account_number = a.account_number
               ORDER BY b.issued_on DESC, b.bill_id DESC FETCH FIRST 1 ROWS ONLY) AS current_due_on,
             (SELECT b.new_charges_cents FROM bill b WHERE b.account_number = a.account_number
               ORDER BY b.issued_on DESC, b.bill_id DESC FETCH FIRST 1 ROWS ONLY)
               AS current_charges_cents,
             (SELECT p.amount_cents FROM payment p
               WHERE p.account_number = a.account_number AND p.status = 'POSTED'
               ORDER BY p.received_on DESC, p.payment_id DESC FETCH FIRST 1 ROWS ONLY)
               AS last_payment_cents,
             (SELECT p.received_on FROM payment p
               WHERE p.account_number = a.account_number AND p.status = 'POSTED'
               ORDER BY p.received_on DESC, p.payment_id DESC FETCH FIRST 1 ROWS ONLY)
               AS last_payment_on,
             (SELECT MIN(o.scheduled_for) FROM service_order o
               WHERE o.account_number = a.account_number
                 AND o.order_type = 'DISCONNECT_NONPAYMENT'
                 AND o.status IN ('OPEN', 'SCHEDULED')) AS disconnect_on,
             (SELECT COUNT(*) FROM payment_arrangement r
               WHERE r.account_number = a.account_number AND r.status = 'ACTIVE')
               AS active_arrangements,
             (SELECT MAX(la.landlord_name) FROM landlord_agreement la
               WHERE la.account_number = a.account_number AND la.ended_on IS NULL)
               AS landlord_name
        FROM account a JOIN customer c ON c.customer_id = a.customer_id
      """;

  private SummaryQueries() {}

  /** The accounts, not closed, whose customer's phone on file is this E.164 number. */
  static List<SummaryRow> byPhone(Handle handle, String e164, LocalDate today) {
    return summaries(
        handle,
        SUMMARY_SELECT
            + " WHERE c.phone = :phone AND a.status <> 'CLOSED' ORDER BY a.account_number",
        "phone",
        e164,
        today);
  }

  static Optional<SummaryRow> byNumber(Handle handle, AccountNumber number, LocalDate today) {
    return summaries(
            handle,
            SUMMARY_SELECT + " WHERE a.account_number = :number",
            "number",
            number.value(),
            today)
        .stream()
        .findFirst();
  }

  private static List<SummaryRow> summaries(
      Handle handle, String sql, String key, String value, LocalDate today) {
    List<PartialSummary> partials =
        handle.createQuery(sql).bind(key, value).map((rs, ctx) -> partial(rs, today)).list();
    if (partials.isEmpty()) {
      return List.of();
    }
    List<String> numbers = partials.stream().map(p -> p.number().value()).toList();
    Map<String, Set<UtilityService>> services =
        sets(
            handle,
            "SELECT account_number, service FROM account_service"
                + " WHERE ended_on IS NULL AND account_number IN (<numbers>)",
            numbers,
            UtilityService.class);
    Map<String, Set<Program>> programs =
        sets(
            handle,
            "SELECT account_number, program FROM program_enrolment"
                + " WHERE ended_on IS NULL AND account_number IN (<numbers>)",
            numbers,
            Program.class);
    List<SummaryRow> rows = new ArrayList<>();
    for (PartialSummary partial : partials) {
      String number = partial.number().value();
      rows.add(
          partial.complete(
              services.getOrDefault(number, Set.of()), programs.getOrDefault(number, Set.of())));
    }
    return rows;
  }

  private static <E extends Enum<E>> Map<String, Set<E>> sets(
      Handle handle, String sql, List<String> numbers, Class<E> type) {
    Map<String, Set<E>> byAccount = new HashMap<>();
    handle
        .createQuery(sql)
        .bindList("numbers", numbers)
        .map((rs, ctx) -> Map.entry(rs.getString(1), Enum.valueOf(type, rs.getString(2))))
        .forEach(
            entry ->
                byAccount
                    .computeIfAbsent(entry.getKey(), k -> EnumSet.noneOf(type))
                    .add(entry.getValue()));
    return byAccount;
  }

  private static PartialSummary partial(ResultSet rs, LocalDate today) throws SQLException {
    Money balance = Rows.money(rs, "balance_cents");
    Optional<LocalDate> dueOn = Rows.optionalDate(rs, "current_due_on");
    Money currentCharges = Rows.optionalMoney(rs, "current_charges_cents").orElse(Money.ZERO);
    Optional<Money> lastAmount = Rows.optionalMoney(rs, "last_payment_cents");
    Optional<LocalDate> lastDate = Rows.optionalDate(rs, "last_payment_on");
    Optional<LastPayment> lastPayment =
        lastAmount.flatMap(amount -> lastDate.map(date -> new LastPayment(amount, date)));
    return new PartialSummary(
        Rows.account(rs, "account_number"),
        rs.getString("full_name"),
        Language.fromTag(rs.getString("language_tag")).orElseThrow(),
        new ServiceAddress(
            rs.getString("service_street"),
            rs.getString("service_unit"),
            rs.getString("service_city"),
            rs.getString("service_state"),
            rs.getString("service_zip")),
        Rows.optionalPhone(rs, "phone"),
        Rows.enumValue(rs, "status", AccountStatus.class),
        balance,
        AccountStanding.pastDue(balance, dueOn, currentCharges, today),
        dueOn,
        lastPayment,
        Rows.optionalDate(rs, "disconnect_on"),
        rs.getLong("active_arrangements") > 0,
        Rows.optionalString(rs, "email"),
        Rows.date(rs, "opened_on"),
        Rows.optionalString(rs, "landlord_name"));
  }

  /** A summary without its services and programs yet. */
  private record PartialSummary(
      AccountNumber number,
      String customerName,
      Language language,
      ServiceAddress address,
      Optional<PhoneNumber> phone,
      AccountStatus status,
      Money balance,
      Money pastDue,
      Optional<LocalDate> dueOn,
      Optional<LastPayment> lastPayment,
      Optional<LocalDate> pendingDisconnect,
      boolean inArrangement,
      Optional<String> email,
      LocalDate openedOn,
      Optional<String> landlord) {

    SummaryRow complete(Set<UtilityService> services, Set<Program> programs) {
      AccountSummary summary =
          new AccountSummary(
              number,
              customerName,
              language,
              address,
              phone,
              status,
              services,
              balance,
              pastDue,
              dueOn,
              lastPayment,
              pendingDisconnect,
              inArrangement,
              programs,
              landlord);
      return new SummaryRow(summary, email, openedOn);
    }
  }

  /** A summary with what the detail adds from the same rows. */
  record SummaryRow(AccountSummary summary, Optional<String> email, LocalDate openedOn) {}
}
