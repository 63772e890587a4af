package org.cityline.accounts.demo;

import java.sql.Connection;
import java.sql.SQLException;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.AccountService;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Bill;
import org.cityline.accounts.BillLine;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.ServiceOrder;
import org.cityline.accounts.ServiceOrderNote;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.Usage;

/**
 * Writes a generated city into the accounts tables, table by table in the order their foreign keys
 * need, in the caller's transaction.
 */
final class DemoCityWriter {

  private final Connection connection;
  private long rows;

  DemoCityWriter(Connection connection) {
    this.connection = connection;
  }

  /** Writes everything; returns how many rows. */
  long write(DemoCityData city) throws SQLException {
    customers(city);
    accounts(city);
    services(city);
    bills(city);
    payments(city);
    arrangements(city);
    serviceOrders(city);
    programs(city);
    notes(city);
    return rows;
  }

  private void customers(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert("customer", "customer_id", "full_name", "language_tag", "phone", "email")) {
      for (DemoHousehold h : city.households()) {
        insert.add(
            h.customerId(),
            h.name(),
            h.language().tag(),
            h.phone().map(Object::toString).orElse(null),
            h.email().orElse(null));
      }
    }
  }

  private void accounts(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "account",
            "account_number",
            "customer_id",
            "status",
            "service_street",
            "service_unit",
            "service_city",
            "service_state",
            "service_zip",
            "opened_on",
            "closed_on",
            "opening_balance_cents")) {
      for (DemoHousehold h : city.households()) {
        for (DemoAccount a : h.accounts()) {
          insert.add(
              a.number().value(),
              h.customerId(),
              a.status().name(),
              a.address().street(),
              a.address().unit(),
              a.address().city(),
              a.address().state(),
              a.address().zip(),
              a.openedOn(),
              a.closedOn().orElse(null),
              0L);
        }
      }
    }
  }

  private void services(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "account_service",
            "account_number",
            "service",
            "started_on",
            "ended_on",
            "meter_number")) {
      for (DemoAccount a : city.accounts()) {
        for (AccountService s : a.services()) {
          insert.add(
              a.number().value(),
              s.service().name(),
              s.since(),
              a.closedOn().orElse(null),
              s.meterNumber().orElse(null));
        }
      }
    }
  }

  private void bills(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "bill",
            "bill_id",
            "account_number",
            "issued_on",
            "period_start",
            "period_end",
            "due_on",
            "new_charges_cents")) {
      for (DemoAccount a : city.accounts()) {
        for (Bill b : a.bills()) {
          insert.add(
              b.id(),
              a.number().value(),
              b.issuedOn(),
              b.periodStart(),
              b.periodEnd(),
              b.dueOn(),
              b.newCharges().cents());
        }
      }
    }
    try (BatchInsert insert =
        insert(
            "bill_line",
            "bill_id",
            "line_no",
            "service",
            "charge_kind",
            "description",
            "usage_quantity",
            "usage_unit",
            "amount_cents")) {
      for (DemoAccount a : city.accounts()) {
        for (Bill b : a.bills()) {
          int lineNo = 0;
          for (BillLine line : b.lines()) {
            insert.add(
                b.id(),
                ++lineNo,
                line.service().name(),
                line.kind().name(),
                line.description(),
                line.usage().map(Usage::quantity).orElse(null),
                line.usage().map(u -> u.unit().name()).orElse(null),
                line.amount().cents());
          }
        }
      }
    }
  }

  private void payments(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "payment",
            "payment_id",
            "account_number",
            "received_on",
            "amount_cents",
            "method",
            "channel",
            "last_four",
            "confirmation",
            "status")) {
      for (DemoAccount a : city.accounts()) {
        for (Payment p : a.payments()) {
          insert.add(
              p.id(),
              a.number().value(),
              p.receivedOn(),
              p.amount().cents(),
              p.method().name(),
              p.channel().name(),
              p.lastFour().orElse(null),
              p.confirmation(),
              p.status().name());
        }
      }
    }
  }

  private void arrangements(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "payment_arrangement",
            "arrangement_id",
            "account_number",
            "kind",
            "status",
            "created_on",
            "total_cents",
            "created_by")) {
      for (DemoAccount a : city.accounts()) {
        for (PaymentArrangement r : a.arrangements()) {
          insert.add(
              r.id(),
              a.number().value(),
              r.kind().name(),
              r.status().name(),
              r.createdOn(),
              r.total().cents(),
              r.kind() == ArrangementKind.EXTENSION ? "ivr" : "agent");
        }
      }
    }
    try (BatchInsert insert =
        insert(
            "arrangement_instalment",
            "arrangement_id",
            "instalment_no",
            "due_on",
            "amount_cents",
            "paid_on")) {
      for (DemoAccount a : city.accounts()) {
        for (PaymentArrangement r : a.arrangements()) {
          for (Instalment i : r.instalments()) {
            insert.add(r.id(), i.number(), i.dueOn(), i.amount().cents(), i.paidOn().orElse(null));
          }
        }
      }
    }
  }

  private void serviceOrders(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "service_order",
            "order_id",
            "account_number",
            "order_type",
            "status",
            "service",
            "requested_on",
            "scheduled_for",
            "completed_on",
            "created_by")) {
      for (DemoAccount a : city.accounts()) {
        for (ServiceOrder o : a.orders()) {
          insert.add(
              o.id(),
              a.number().value(),
              o.type().name(),
              o.status().name(),
              o.service().map(Enum::name).orElse(null),
              o.requestedOn(),
              o.scheduledFor().orElse(null),
              o.completedOn().orElse(null),
              o.type() == ServiceOrderType.DISCONNECT_NONPAYMENT ? "system" : "agent");
        }
      }
    }
    long noteId = 0;
    try (BatchInsert insert =
        insert("service_order_note", "note_id", "order_id", "written_at", "author", "note_text")) {
      for (DemoAccount a : city.accounts()) {
        for (ServiceOrder o : a.orders()) {
          for (ServiceOrderNote n : o.notes()) {
            insert.add(++noteId, o.id(), n.at(), n.author(), n.text());
          }
        }
      }
    }
  }

  private void programs(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert(
            "program_enrolment",
            "account_number",
            "program",
            "enrolled_on",
            "budget_amount_cents",
            "due_day")) {
      for (DemoAccount a : city.accounts()) {
        for (ProgramEnrolment p : a.programs()) {
          insert.add(
              a.number().value(),
              p.program().name(),
              p.enrolledOn(),
              p.budgetAmount().map(Money::cents).orElse(null),
              p.dueDay().orElse(null));
        }
      }
    }
  }

  private void notes(DemoCityData city) throws SQLException {
    try (BatchInsert insert =
        insert("account_note", "note_id", "account_number", "written_at", "author", "note_text")) {
      for (DemoAccount a : city.accounts()) {
        for (AccountNote n : a.notes()) {
          insert.add(n.id(), a.number().value(), n.at(), n.author(), n.text());
        }
      }
    }
  }

  /** A batch insert whose rows count toward this writer's total. */
  private BatchInsert insert(String table, String... columns) {
    return new BatchInsert(connection, count -> rows += count, table, columns);
  }
}
