package org.cityline.accounts.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.ArrangementStatus;
import org.cityline.accounts.Bill;
import org.cityline.accounts.BillLine;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.PaymentStatus;
import org.cityline.accounts.ServiceOrder;
import org.cityline.accounts.ServiceOrderNote;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.UtilityService;

/**
 * Writes one account's history: a bill each cycle, the payments its customer makes, and the
 * arrangements, service orders and notes that follow. Bills and payments are consistent by
 * construction: the balance the store derives from them is what the history says is owed.
 */
final class AccountHistory {

  /** Days from a bill's issue to its due date. */
  static final int TERMS = 21;

  /** A billing cycle. */
  record Cycle(LocalDate issued, LocalDate due) {}

  final List<Bill> bills = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<PaymentArrangement> arrangements = new ArrayList<>();
  final List<ServiceOrder> orders = new ArrayList<>();
  final List<AccountNote> notes = new ArrayList<>();

  private final Ids ids;
  private final SplittableRandom random;
  private final LocalDate today;
  private final Clock clock;
  private final List<UtilityService> services;
  private final Map<UtilityService, Double> levels;
  private final PayHabit habit;
  private final boolean seasonal;

  AccountHistory(
      Ids ids,
      SplittableRandom random,
      LocalDate today,
      Clock clock,
      List<UtilityService> services,
      Map<UtilityService, Double> levels,
      PayHabit habit,
      boolean seasonal) {
    this.ids = ids;
    this.random = random;
    this.today = today;
    this.clock = clock;
    this.services = List.copyOf(services);
    this.levels = Map.copyOf(levels);
    this.habit = habit;
    this.seasonal = seasonal;
  }

  /** Monthly cycles, oldest first, the last issued on {@code lastIssued}. */
  static List<Cycle> monthly(LocalDate lastIssued, int count, Optional<Integer> dueDay) {
    List<Cycle> cycles = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      LocalDate issued = lastIssued.minusMonths(i);
      cycles.add(new Cycle(issued, dueFor(issued, dueDay)));
    }
    return cycles;
  }

  /** Cycles exactly thirty days apart, for showcase accounts whose dates are documented. */
  static List<Cycle> everyThirtyDays(LocalDate lastIssued, int count) {
    List<Cycle> cycles = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      LocalDate issued = lastIssued.minusDays(30L * i);
      cycles.add(new Cycle(issued, issued.plusDays(TERMS)));
    }
    return cycles;
  }

  /** The due date: 21 days after issue, or the customer's chosen day (Select-Due-Date). */
  static LocalDate dueFor(LocalDate issued, Optional<Integer> dueDay) {
    if (dueDay.isEmpty()) {
      return issued.plusDays(TERMS);
    }
    LocalDate earliest = issued.plusDays(14);
    LocalDate due = earliest.withDayOfMonth(dueDay.get());
    return due.isBefore(earliest) ? due.plusMonths(1) : due;
  }

  /**
   * Bills every cycle and pays, by the customer's habit, each bill whose index passes {@code paid}
   * and whose payment date has come. A bill issued after an earlier one went past due unpaid
   * carries a late fee.
   */
  void bill(List<Cycle> cycles, IntPredicate paid) {
    Optional<LocalDate> previousPaidOn = Optional.empty();
    for (int i = 0; i < cycles.size(); i++) {
      Cycle cycle = cycles.get(i);
      boolean lateFee = false;
      if (i > 0) {
        LocalDate previousDue = cycles.get(i - 1).due();
        boolean paidInTime = previousPaidOn.filter(on -> !on.isAfter(previousDue)).isPresent();
        lateFee = !paidInTime && cycle.issued().isAfter(previousDue);
      }
      Bill bill = bill(cycle, lateFee, List.of());
      previousPaidOn = Optional.empty();
      if (paid.test(i)) {
        LocalDate payDate = habit.payDate(cycle.issued(), cycle.due(), random);
        if (!payDate.isAfter(today)) {
          pay(payDate, bill.newCharges());
          previousPaidOn = Optional.of(payDate);
        }
      }
    }
  }

  /** Issues one bill from the services' usage for the cycle, with any extra lines at the end. */
  Bill bill(Cycle cycle, boolean lateFee, List<BillLine> extra) {
    LocalDate periodEnd = cycle.issued().minusDays(1);
    LocalDate periodStart = cycle.issued().minusMonths(1);
    List<BillLine> lines = new ArrayList<>();
    for (UtilityService service : services) {
      double level = levels.getOrDefault(service, 0.0);
      BigDecimal usage =
          seasonal
              ? Tariff.usage(service, level, periodEnd.getMonth(), noise(service))
              : Tariff.steady(service, level);
      lines.addAll(Tariff.lines(service, usage));
    }
    if (lateFee) {
      lines.add(Tariff.lateFee(services.get(0)));
    }
    lines.addAll(extra);
    Money total = lines.stream().map(BillLine::amount).reduce(Money.ZERO, Money::plus);
    Bill bill =
        new Bill(ids.bill(), cycle.issued(), periodStart, periodEnd, cycle.due(), total, lines);
    bills.add(bill);
    return bill;
  }

  private double noise(UtilityService service) {
    return service == UtilityService.WASTEWATER ? 1.0 : 0.85 + random.nextDouble() * 0.3;
  }

  /** Records a payment by the customer's habitual method; a check may come back returned. */
  void pay(LocalDate on, Money amount) {
    if (habit.method() == PaymentMethod.CHECK
        && !on.plusDays(6).isAfter(today)
        && random.nextInt(40) == 0) {
      payments.add(payment(on, amount, habit, PaymentStatus.RETURNED));
      note(
          on.plusDays(5),
          "specialist",
          "Check returned by the bank; customer paid cash at the office.");
      PayHabit cash =
          new PayHabit(
              PaymentMethod.CASH, PaymentChannel.OFFICE, Optional.empty(), PayHabit.Timing.EARLY);
      payments.add(payment(on.plusDays(6), amount, cash, PaymentStatus.POSTED));
      return;
    }
    payments.add(payment(on, amount, habit, PaymentStatus.POSTED));
  }

  private Payment payment(LocalDate on, Money amount, PayHabit by, PaymentStatus status) {
    long id = ids.payment();
    String digits = Long.toString(id);
    String confirmation = "CL-" + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    return new Payment(
        id, on, amount, by.method(), by.channel(), by.lastFour(), confirmation, status);
  }

  /**
   * Records an arrangement over {@code total}: one instalment ten days out for an extension,
   * otherwise {@code count} instalments thirty days apart. The first {@code paid} instalments are
   * paid on their due dates.
   */
  PaymentArrangement arrange(
      ArrangementKind kind,
      ArrangementStatus status,
      LocalDate created,
      Money total,
      int count,
      int paid) {
    List<Instalment> instalments = new ArrayList<>();
    long each = total.cents() / count;
    for (int j = 0; j < count; j++) {
      Money amount = Money.ofCents(j == count - 1 ? total.cents() - each * (count - 1) : each);
      LocalDate due =
          kind == ArrangementKind.EXTENSION
              ? created.plusDays(10)
              : created.plusDays(30L * (j + 1));
      Optional<LocalDate> paidOn = j < paid ? Optional.of(due) : Optional.empty();
      paidOn.ifPresent(date -> pay(date, amount));
      instalments.add(new Instalment(j + 1, due, amount, paidOn));
    }
    PaymentArrangement arrangement =
        new PaymentArrangement(ids.arrangement(), kind, status, created, total, instalments);
    arrangements.add(arrangement);
    return arrangement;
  }

  /** Records a service order, with a note when one is given. */
  void order(
      ServiceOrderType type,
      ServiceOrderStatus status,
      Optional<UtilityService> service,
      LocalDate requested,
      Optional<LocalDate> scheduled,
      Optional<LocalDate> completed,
      Optional<String> noteAuthor,
      String noteText) {
    List<ServiceOrderNote> orderNotes =
        noteAuthor
            .map(author -> List.of(new ServiceOrderNote(at(requested), author, noteText)))
            .orElse(List.of());
    orders.add(
        new ServiceOrder(
            ids.order(), type, status, service, requested, scheduled, completed, orderNotes));
  }

  /** Records an account note written on a day, during office hours. */
  void note(LocalDate on, String author, String text) {
    notes.add(new AccountNote(ids.note(), at(on), author, Optional.empty(), text));
  }

  /** What is owed on the bills from index {@code from} (inclusive) to {@code to} (exclusive). */
  Money billed(int from, int to) {
    return bills.subList(from, to).stream().map(Bill::newCharges).reduce(Money.ZERO, Money::plus);
  }

  /** A moment during office hours of a day, never later than now. */
  private Instant at(LocalDate day) {
    Instant at =
        day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(clock.getZone()).toInstant();
    return at.isAfter(clock.instant()) ? clock.instant() : at;
  }
}
