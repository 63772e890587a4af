package org.cityline.accounts.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.ArrangementStatus;
import org.cityline.accounts.Money;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.demo.AccountHistory.Cycle;

/**
 * What an account's standing does to its history: which bills go unpaid, and the arrangements,
 * disconnects and notes that follow. One method per standing that needs more than paying.
 */
final class StandingHistory {

  private final AccountHistory history;
  private final SplittableRandom random;
  private final LocalDate today;

  StandingHistory(AccountHistory history, SplittableRandom random, LocalDate today) {
    this.history = history;
    this.random = random;
    this.today = today;
  }

  /** Pays every bill. */
  void good(List<Cycle> cycles) {
    history.bill(cycles, i -> true);
  }

  /** Leaves the last two or three bills unpaid; a past-due notice went out. */
  void delinquent(List<Cycle> cycles) {
    int n = cycles.size();
    int behind = Math.min(n, 2 + random.nextInt(2));
    history.bill(cycles, i -> i < n - behind);
    pastDueNotice(cycles.get(n - behind));
  }

  /** Three or four bills behind, and a disconnect for non-payment scheduled within ten days. */
  void disconnectPending(List<Cycle> cycles) {
    int n = cycles.size();
    int behind = Math.min(n, 3 + random.nextInt(2));
    history.bill(cycles, i -> i < n - behind);
    pastDueNotice(cycles.get(n - behind));
    scheduleDisconnect();
  }

  /**
   * Two or three bills behind, with an arrangement over the past-due bills made after the last of
   * them fell due: an extension (one in four) or three to six instalments.
   */
  void arrangement(List<Cycle> cycles) {
    int n = cycles.size();
    int behind = Math.min(n, 2 + random.nextInt(2));
    history.bill(cycles, i -> i < n - behind);
    Money pastDue = history.billed(n - behind, n - 1);
    if (pastDue.isZero() || n < 2) {
      return;
    }
    LocalDate lastMissed = cycles.get(n - 2).due();
    if (random.nextInt(4) == 0) {
      LocalDate created = today.minusDays(random.nextInt(8));
      history.arrange(ArrangementKind.EXTENSION, ArrangementStatus.ACTIVE, created, pastDue, 1, 0);
      history.note(created, "ivr", "Extension of 10 days granted in the phone menu.");
      return;
    }
    LocalDate created = min(lastMissed.plusDays(1 + random.nextInt(8)), today);
    int count = 3 + random.nextInt(4);
    int paid = 0;
    while (paid < count && !created.plusDays(30L * (paid + 1)).isAfter(today)) {
      paid++;
    }
    history.arrange(
        ArrangementKind.INSTALMENTS, ArrangementStatus.ACTIVE, created, pastDue, count, paid);
    history.note(created, "agent", "Payment arrangement of " + count + " instalments agreed.");
    if (random.nextBoolean()) {
      history.order(
          ServiceOrderType.DISCONNECT_NONPAYMENT,
          ServiceOrderStatus.CANCELLED,
          Optional.empty(),
          created.minusDays(5),
          Optional.of(created.plusDays(3)),
          Optional.of(created),
          Optional.of("agent"),
          "Disconnect cancelled: payment arrangement made.");
    }
  }

  /** Five or six bills behind after missing the second instalment of an arrangement. */
  void brokenArrangement(List<Cycle> cycles) {
    int n = cycles.size();
    int behind = Math.min(n - 1, 5 + random.nextInt(2));
    history.bill(cycles, i -> i < n - behind);
    Cycle firstMissed = cycles.get(n - behind);
    LocalDate created = firstMissed.due().plusDays(3 + random.nextInt(8));
    Money covered = history.billed(n - behind, n - behind + 1);
    history.arrange(ArrangementKind.INSTALMENTS, ArrangementStatus.BROKEN, created, covered, 3, 1);
    LocalDate broken = created.plusDays(63);
    if (!broken.isAfter(today)) {
      history.note(broken, "system", "Arrangement broken: second instalment not received.");
    }
    if (random.nextBoolean()) {
      scheduleDisconnect();
    }
  }

  /** Missed the first two bills of the year and paid them off in three instalments. */
  void paidOff(List<Cycle> cycles) {
    if (cycles.size() < 6) {
      good(cycles);
      return;
    }
    history.bill(cycles, i -> i >= 2);
    LocalDate created = cycles.get(1).due().plusDays(5);
    history.arrange(
        ArrangementKind.INSTALMENTS,
        ArrangementStatus.COMPLETED,
        created,
        history.billed(0, 2),
        3,
        3);
    history.note(created, "agent2", "Payment arrangement of 3 instalments agreed.");
  }

  /** Stopped paying, then service was shut off; no bills after the disconnect. */
  void disconnected(List<Cycle> cycles, LocalDate disconnectedOn) {
    int n = cycles.size();
    int behind = Math.min(n, 4);
    history.bill(cycles, i -> i < n - behind);
    pastDueNotice(cycles.get(n - behind));
    history.order(
        ServiceOrderType.DISCONNECT_NONPAYMENT,
        ServiceOrderStatus.COMPLETED,
        Optional.empty(),
        disconnectedOn.minusDays(10),
        Optional.of(disconnectedOn),
        Optional.of(disconnectedOn),
        Optional.of("field"),
        "Service disconnected for non-payment; meter locked.");
  }

  /** Moved out: every bill paid (the final one may still be open), a turn-off order done. */
  void closed(List<Cycle> cycles, LocalDate closedOn) {
    history.bill(cycles, i -> true);
    history.order(
        ServiceOrderType.TURN_OFF,
        ServiceOrderStatus.COMPLETED,
        Optional.empty(),
        closedOn.minusDays(7),
        Optional.of(closedOn),
        Optional.of(closedOn),
        Optional.of("agent"),
        "Customer moving out; final read and stop service.");
  }

  private void pastDueNotice(Cycle firstMissed) {
    LocalDate mailed = firstMissed.due().plusDays(5);
    if (!mailed.isAfter(today)) {
      history.note(mailed, "system", "Past-due notice mailed.");
    }
  }

  private void scheduleDisconnect() {
    LocalDate requested = today.minusDays(3 + random.nextInt(10));
    LocalDate disconnectOn = today.plusDays(1 + random.nextInt(10));
    ServiceOrderStatus status =
        random.nextInt(10) < 7 ? ServiceOrderStatus.SCHEDULED : ServiceOrderStatus.OPEN;
    history.order(
        ServiceOrderType.DISCONNECT_NONPAYMENT,
        status,
        Optional.empty(),
        requested,
        Optional.of(disconnectOn),
        Optional.empty(),
        Optional.of("system"),
        "Disconnect for non-payment scheduled for " + disconnectOn + ".");
    history.note(requested, "system", "Disconnect notice mailed for " + disconnectOn + ".");
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
