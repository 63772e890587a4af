package org.cityline.accounts.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountService;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.Bill;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.demo.AccountHistory.Cycle;

/** Makes one random account: its services, standing, programs and twelve months of history. */
final class AccountMaker {

  /** What the account is for. */
  enum Kind {
    RESIDENTIAL,
    COMMERCIAL,
    IRRIGATION,
    HYDRANT
  }

  private static final List<String> NOTES =
      List.of(
          "Customer called about a high bill; explained the summer rate and usage history.",
          "Verified caller; customer will pay by the due date.",
          "Customer asked about Budget Billing; explained how the level amount is set.",
          "Updated mailing preferences at the customer's request.",
          "Customer reported a leak on their side of the meter; gave conservation tips.",
          "Explained the storm drainage fee on the bill.",
          "Customer asked for a copy of last month's bill; sent by e-mail.",
          "Landlord called for the tenant's balance; declined, not on the account.");

  private final Ids ids;
  private final LocalDate today;
  private final Clock clock;

  AccountMaker(Ids ids, LocalDate today, Clock clock) {
    this.ids = ids;
    this.today = today;
    this.clock = clock;
  }

  DemoAccount make(
      AccountNumber number,
      ServiceAddress address,
      Kind kind,
      boolean hasEmail,
      SplittableRandom random) {
    List<UtilityService> services = services(kind, random);
    Standing standing = Standing.draw(random);
    LocalDate openedOn =
        standing == Standing.NEW
            ? today.minusDays(40 + random.nextInt(290))
            : today.minusDays(400 + random.nextInt(8600));
    Optional<Integer> dueDay =
        standing.inGoodStanding() && random.nextInt(100) < 6
            ? Optional.of(1 + random.nextInt(28))
            : Optional.empty();
    boolean surePay = standing.inGoodStanding() && random.nextInt(100) < 20;
    PayHabit habit = surePay ? PayHabit.surePay(random) : PayHabit.random(random);
    AccountHistory history =
        new AccountHistory(ids, random, today, clock, services, levels(kind, random), habit, true);

    List<Cycle> cycles =
        AccountHistory.monthly(today.minusDays(random.nextInt(30)), 12, dueDay).stream()
            .filter(cycle -> cycle.issued().isAfter(openedOn.plusDays(20)))
            .toList();
    AccountStatus status = AccountStatus.ACTIVE;
    Optional<LocalDate> closedOn = Optional.empty();
    StandingHistory standingHistory = new StandingHistory(history, random, today);
    switch (standing) {
      case GOOD, NEW -> standingHistory.good(cycles);
      case DELINQUENT -> standingHistory.delinquent(cycles);
      case DISCONNECT_PENDING -> standingHistory.disconnectPending(cycles);
      case ARRANGEMENT -> standingHistory.arrangement(cycles);
      case BROKEN_ARRANGEMENT -> standingHistory.brokenArrangement(cycles);
      case PAID_OFF -> standingHistory.paidOff(cycles);
      case DISCONNECTED -> {
        LocalDate on = today.minusDays(15 + random.nextInt(60));
        standingHistory.disconnected(upTo(cycles, on), on);
        status = AccountStatus.DISCONNECTED;
      }
      case CLOSED -> {
        List<Cycle> billed = upTo(cycles, today.minusDays(20 + random.nextInt(310)));
        LocalDate on = billed.get(billed.size() - 1).issued();
        standingHistory.closed(billed, on);
        status = AccountStatus.CLOSED;
        closedOn = Optional.of(on);
      }
    }
    if (standing == Standing.NEW) {
      history.order(
          ServiceOrderType.TURN_ON,
          ServiceOrderStatus.COMPLETED,
          Optional.of(services.get(0)),
          openedOn.minusDays(3),
          Optional.of(openedOn),
          Optional.of(openedOn),
          Optional.of("agent"),
          "New customer; start service.");
    }
    if (status == AccountStatus.ACTIVE) {
      extras(history, services, openedOn, random);
    }
    List<ProgramEnrolment> programs =
        status == AccountStatus.CLOSED
            ? List.of()
            : programs(history.bills, openedOn, hasEmail, surePay, dueDay, standing, random);
    return new DemoAccount(
        number,
        status,
        address,
        openedOn,
        closedOn,
        services.stream().map(s -> new AccountService(s, meter(s, random), openedOn)).toList(),
        history.bills,
        history.payments,
        history.arrangements,
        history.orders,
        programs,
        history.notes);
  }

  /** The cycles issued on or before a date; at least the first. */
  private static List<Cycle> upTo(List<Cycle> cycles, LocalDate last) {
    List<Cycle> kept = cycles.stream().filter(c -> !c.issued().isAfter(last)).toList();
    return kept.isEmpty() ? cycles.subList(0, 1) : kept;
  }

  /** Meter orders and representatives' notes on some active accounts. */
  private void extras(
      AccountHistory history,
      List<UtilityService> services,
      LocalDate openedOn,
      SplittableRandom random) {
    int roll = random.nextInt(100);
    Optional<UtilityService> metered =
        services.stream()
            .filter(s -> s == UtilityService.ELECTRIC || s == UtilityService.WATER)
            .findFirst();
    if (roll < 3 && metered.isPresent()) {
      boolean scheduled = random.nextBoolean();
      history.order(
          random.nextBoolean() ? ServiceOrderType.METER_REREAD : ServiceOrderType.METER_TEST,
          scheduled ? ServiceOrderStatus.SCHEDULED : ServiceOrderStatus.OPEN,
          metered,
          today.minusDays(1 + random.nextInt(10)),
          scheduled ? Optional.of(today.plusDays(1 + random.nextInt(10))) : Optional.empty(),
          Optional.empty(),
          Optional.of("agent"),
          "Customer disputes the last reading; please check the meter.");
    } else if (roll < 7 && metered.isPresent()) {
      LocalDate done = today.minusDays(20 + random.nextInt(200));
      history.order(
          ServiceOrderType.METER_REREAD,
          ServiceOrderStatus.COMPLETED,
          metered,
          done.minusDays(4),
          Optional.of(done),
          Optional.of(done),
          Optional.of("field"),
          "Re-read confirmed the original reading.");
    }
    if (random.nextInt(100) < 12) {
      LocalDate on = today.minusDays(1 + random.nextInt(300));
      if (on.isAfter(openedOn)) {
        history.note(
            on,
            Names.pick(List.of("agent", "agent2", "specialist"), random),
            Names.pick(NOTES, random));
      }
    }
  }

  private List<ProgramEnrolment> programs(
      List<Bill> bills,
      LocalDate openedOn,
      boolean hasEmail,
      boolean surePay,
      Optional<Integer> dueDay,
      Standing standing,
      SplittableRandom random) {
    List<ProgramEnrolment> programs = new ArrayList<>();
    LocalDate since = later(openedOn, today.minusDays(30 + random.nextInt(1500)));
    if (standing.inGoodStanding() && !bills.isEmpty() && random.nextInt(100) < 10) {
      long average =
          bills.stream().mapToLong(bill -> bill.newCharges().cents()).sum() / bills.size();
      Money level = Money.ofCents(Math.max(100, Math.round(average / 100.0) * 100));
      programs.add(
          new ProgramEnrolment(
              Program.BUDGET_BILLING, since, Optional.of(level), Optional.empty()));
    }
    if (surePay) {
      programs.add(
          new ProgramEnrolment(Program.SUREPAY, since, Optional.empty(), Optional.empty()));
    }
    if (dueDay.isPresent()) {
      programs.add(new ProgramEnrolment(Program.SELECT_DUE_DATE, since, Optional.empty(), dueDay));
    }
    if (hasEmail && random.nextInt(100) < 60) {
      programs.add(new ProgramEnrolment(Program.EBILL, since, Optional.empty(), Optional.empty()));
    }
    return programs;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static List<UtilityService> services(Kind kind, SplittableRandom random) {
    List<UtilityService> services = new ArrayList<>();
    switch (kind) {
      case IRRIGATION -> services.add(UtilityService.IRRIGATION);
      case HYDRANT -> services.add(UtilityService.HYDRANT_METER);
      case RESIDENTIAL, COMMERCIAL -> {
        boolean commercial = kind == Kind.COMMERCIAL;
        if (commercial || random.nextInt(100) < 93) {
          services.add(UtilityService.ELECTRIC);
        }
        if (random.nextInt(100) < (commercial ? 50 : 58)) {
          services.add(UtilityService.GAS);
        }
        if (commercial || random.nextInt(100) < 96) {
          services.add(UtilityService.WATER);
          if (commercial || random.nextInt(100) < 95) {
            services.add(UtilityService.WASTEWATER);
          }
        }
        if (commercial || random.nextInt(100) < 88) {
          services.add(UtilityService.SOLID_WASTE);
        }
        if (!commercial && random.nextInt(100) < 3) {
          services.add(UtilityService.IRRIGATION);
        }
        if (services.isEmpty()) {
          services.add(UtilityService.WATER);
        }
      }
    }
    return services;
  }

  private static Map<UtilityService, Double> levels(Kind kind, SplittableRandom random) {
    boolean commercial = kind == Kind.COMMERCIAL;
    Map<UtilityService, Double> levels = new EnumMap<>(UtilityService.class);
    levels.put(
        UtilityService.ELECTRIC,
        between(random, commercial ? 2000 : 350, commercial ? 9000 : 1100));
    levels.put(UtilityService.GAS, between(random, commercial ? 80 : 25, commercial ? 300 : 70));
    double water = between(random, commercial ? 10 : 3, commercial ? 40 : 8);
    levels.put(UtilityService.WATER, water);
    levels.put(UtilityService.WASTEWATER, water * 0.75);
    levels.put(UtilityService.IRRIGATION, between(random, 4, 20));
    levels.put(UtilityService.HYDRANT_METER, between(random, 20, 250));
    return levels;
  }

  private static double between(SplittableRandom random, double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  private static Optional<String> meter(UtilityService service, SplittableRandom random) {
    String prefix =
        switch (service) {
          case ELECTRIC -> "E";
          case GAS -> "G";
          case WATER -> "W";
          case IRRIGATION -> "I";
          case HYDRANT_METER -> "H";
          case WASTEWATER, SOLID_WASTE -> "";
        };
    return prefix.isEmpty()
        ? Optional.empty()
        : Optional.of(prefix + (10_000_000 + random.nextInt(90_000_000)));
  }
}
