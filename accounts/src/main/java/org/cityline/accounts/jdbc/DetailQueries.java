package org.cityline.accounts.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountService;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.ArrangementStatus;
import org.cityline.accounts.Bill;
import org.cityline.accounts.BillLine;
import org.cityline.accounts.ChargeKind;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.PaymentStatus;
import org.cityline.accounts.Program;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.ServiceOrder;
import org.cityline.accounts.ServiceOrderNote;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.Usage;
import org.cityline.accounts.UsageUnit;
import org.cityline.accounts.UtilityService;
import org.jdbi.v3.core.Handle;

/**
 * The parts of an account detail beyond its summary: one query per kind of thing, and one per kind
 * of child (bill lines, instalments, order notes) for all its parents at once.
 */
final class DetailQueries {

  static final int BILLS = 12;
  static final int PAYMENTS = 12;
  static final int ARRANGEMENTS = 10;
  static final int CLOSED_SERVICE_ORDERS = 5;
  static final int NOTES = 20;

  private DetailQueries() {}

  static List<AccountService> services(Handle handle, AccountNumber account) {
    return forAccount(
        handle,
        "SELECT * FROM account_service WHERE account_number = :account AND ended_on IS NULL"
            + " ORDER BY service",
        account,
        rs ->
            new AccountService(
                Rows.enumValue(rs, "service", UtilityService.class),
                Rows.optionalString(rs, "meter_number"),
                Rows.date(rs, "started_on")));
  }

  static List<Bill> bills(Handle handle, AccountNumber account) {
    List<BillHead> heads =
        forAccount(
            handle,
            "SELECT * FROM bill WHERE account_number = :account"
                + " ORDER BY issued_on DESC, bill_id DESC"
                + first(BILLS),
            account,
            rs ->
                new BillHead(
                    rs.getLong("bill_id"),
                    Rows.date(rs, "issued_on"),
                    Rows.date(rs, "period_start"),
                    Rows.date(rs, "period_end"),
                    Rows.date(rs, "due_on"),
                    Rows.money(rs, "new_charges_cents")));
    Map<Long, List<BillLine>> lines =
        children(
            handle,
            "SELECT * FROM bill_line WHERE bill_id IN (<ids>) ORDER BY bill_id, line_no",
            heads.stream().map(BillHead::id).toList(),
            "bill_id",
            DetailQueries::billLine);
    return heads.stream().map(h -> h.withLines(lines.getOrDefault(h.id(), List.of()))).toList();
  }

  static List<Payment> payments(Handle handle, AccountNumber account) {
    return forAccount(
        handle,
        "SELECT * FROM payment WHERE account_number = :account"
            + " ORDER BY received_on DESC, payment_id DESC"
            + first(PAYMENTS),
        account,
        rs ->
            new Payment(
                rs.getLong("payment_id"),
                Rows.date(rs, "received_on"),
                Rows.money(rs, "amount_cents"),
                Rows.enumValue(rs, "method", PaymentMethod.class),
                Rows.enumValue(rs, "channel", PaymentChannel.class),
                Rows.optionalString(rs, "last_four"),
                rs.getString("confirmation"),
                Rows.enumValue(rs, "status", PaymentStatus.class)));
  }

  static List<PaymentArrangement> arrangements(Handle handle, AccountNumber account) {
    List<ArrangementHead> heads =
        forAccount(
            handle,
            "SELECT * FROM payment_arrangement WHERE account_number = :account"
                + " ORDER BY created_on DESC, arrangement_id DESC"
                + first(ARRANGEMENTS),
            account,
            rs ->
                new ArrangementHead(
                    rs.getLong("arrangement_id"),
                    Rows.enumValue(rs, "kind", ArrangementKind.class),
                    Rows.enumValue(rs, "status", ArrangementStatus.class),
                    Rows.date(rs, "created_on"),
                    Rows.money(rs, "total_cents")));
    Map<Long, List<Instalment>> instalments =
        children(
            handle,
            "SELECT * FROM arrangement_instalment WHERE arrangement_id IN (<ids>)"
                + " ORDER BY arrangement_id, instalment_no",
            heads.stream().map(ArrangementHead::id).toList(),
            "arrangement_id",
            rs ->
                new Instalment(
                    rs.getInt("instalment_no"),
                    Rows.date(rs, "due_on"),
                    Rows.money(rs, "amount_cents"),
                    Rows.optionalDate(rs, "paid_on")));
    return heads.stream()
        .map(a -> a.withInstalments(instalments.getOrDefault(a.id(), List.of())))
        .toList();
  }

  /** Every pending order, then the most recent done or cancelled ones; newest first in each. */
  static List<ServiceOrder> serviceOrders(Handle handle, AccountNumber account) {
    String select = "SELECT * FROM service_order WHERE account_number = :account AND status IN ";
    String order = " ORDER BY requested_on DESC, order_id DESC";
    List<ServiceOrder> orders = new ArrayList<>();
    orders.addAll(
        forAccount(
            handle, select + "('OPEN', 'SCHEDULED')" + order, account, DetailQueries::order));
    orders.addAll(
        forAccount(
            handle,
            select + "('COMPLETED', 'CANCELLED')" + order + first(CLOSED_SERVICE_ORDERS),
            account,
            DetailQueries::order));
    Map<Long, List<ServiceOrderNote>> notes =
        children(
            handle,
            "SELECT * FROM service_order_note WHERE order_id IN (<ids>)"
                + " ORDER BY order_id, written_at, note_id",
            orders.stream().map(ServiceOrder::id).toList(),
            "order_id",
            rs ->
                new ServiceOrderNote(
                    Rows.instant(rs, "written_at"),
                    rs.getString("author"),
                    rs.getString("note_text")));
    return orders.stream().map(o -> o.withNotes(notes.getOrDefault(o.id(), List.of()))).toList();
  }

  static List<ProgramEnrolment> programs(Handle handle, AccountNumber account) {
    return forAccount(
        handle,
        "SELECT * FROM program_enrolment WHERE account_number = :account AND ended_on IS NULL"
            + " ORDER BY program",
        account,
        rs ->
            new ProgramEnrolment(
                Rows.enumValue(rs, "program", Program.class),
                Rows.date(rs, "enrolled_on"),
                Rows.optionalMoney(rs, "budget_amount_cents"),
                Rows.optionalInt(rs, "due_day")));
  }

  static List<AccountNote> notes(Handle handle, AccountNumber account) {
    return forAccount(
        handle,
        "SELECT * FROM account_note WHERE account_number = :account"
            + " ORDER BY written_at DESC, note_id DESC"
            + first(NOTES),
        account,
        rs ->
            new AccountNote(
                rs.getLong("note_id"),
                Rows.instant(rs, "written_at"),
                rs.getString("author"),
                Rows.optionalContact(rs, "contact_id"),
                rs.getString("note_text")));
  }

  private static ServiceOrder order(ResultSet rs) throws SQLException {
    return new ServiceOrder(
        rs.getLong("order_id"),
        Rows.enumValue(rs, "order_type", ServiceOrderType.class),
        Rows.enumValue(rs, "status", ServiceOrderStatus.class),
        Rows.optionalEnum(rs, "service", UtilityService.class),
        Rows.date(rs, "requested_on"),
        Rows.optionalDate(rs, "scheduled_for"),
        Rows.optionalDate(rs, "completed_on"),
        List.of());
  }

  private static BillLine billLine(ResultSet rs) throws SQLException {
    BigDecimal quantity = rs.getBigDecimal("usage_quantity");
    Optional<Usage> usage =
        quantity == null
            ? Optional.empty()
            : Optional.of(new Usage(quantity, UsageUnit.valueOf(rs.getString("usage_unit"))));
    return new BillLine(
        Rows.enumValue(rs, "service", UtilityService.class),
        Rows.enumValue(rs, "charge_kind", ChargeKind.class),
        rs.getString("description"),
        usage,
        Rows.money(rs, "amount_cents"));
  }

  private static String first(int rows) {
    return " FETCH FIRST " + rows + " ROWS ONLY";
  }

  /** The rows a query about one account (bound as {@code :account}) returns. */
  private static <T> List<T> forAccount(
      Handle handle, String sql, AccountNumber account, RowReader<T> reader) {
    return handle
        .createQuery(sql)
        .bind("account", account.value())
        .map((rs, ctx) -> reader.read(rs))
        .list();
  }

  /** Rows of a child table grouped by their parent's id, in the query's order. */
  private static <T> Map<Long, List<T>> children(
      Handle handle, String sql, List<Long> parentIds, String parentColumn, RowReader<T> reader) {
    Map<Long, List<T>> byParent = new LinkedHashMap<>();
    if (parentIds.isEmpty()) {
      return byParent;
    }
    handle
        .createQuery(sql)
        .bindList("ids", parentIds)
        .map((rs, ctx) -> Map.entry(rs.getLong(parentColumn), reader.read(rs)))
        .forEach(
            e -> byParent.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byParent;
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** A bill before its lines are read (a bill checks that its lines add up). */
  private record BillHead(
      long id,
      LocalDate issuedOn,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueOn,
      Money newCharges) {

    Bill withLines(List<BillLine> lines) {
      return new Bill(id, issuedOn, periodStart, periodEnd, dueOn, newCharges, lines);
    }
  }

  /** An arrangement before its instalments are read. */
  private record ArrangementHead(
      long id, ArrangementKind kind, ArrangementStatus status, LocalDate createdOn, Money total) {

    PaymentArrangement withInstalments(List<Instalment> instalments) {
      return new PaymentArrangement(id, kind, status, createdOn, total, instalments);
    }
  }
}
