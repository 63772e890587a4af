package org.cityline.accounts.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cityline.accounts.AccountService;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.ArrangementStatus;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.Program;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.demo.AccountHistory.Cycle;
import org.cityline.accounts.demo.PayHabit.Timing;

/**
 * The showcase households of {@link DemoCity}, built the same way whatever the seed: steady usage,
 * bills exactly thirty days apart, payments two days before the due date. Their amounts are the
 * values {@link DemoCity}'s constants document (a test holds the two together).
 */
final class Showcases {

  private static final UtilityService[] HOME = {
    UtilityService.ELECTRIC,
    UtilityService.GAS,
    UtilityService.WATER,
    UtilityService.WASTEWATER,
    UtilityService.SOLID_WASTE
  };
  private static final UtilityService[] NO_GAS = {
    UtilityService.ELECTRIC,
    UtilityService.WATER,
    UtilityService.WASTEWATER,
    UtilityService.SOLID_WASTE
  };

  private final Ids ids;
  private final LocalDate today;
  private final Clock clock;
  private final SplittableRandom random = new SplittableRandom(2026);

  Showcases(Ids ids, LocalDate today, Clock clock) {
    this.ids = ids;
    this.today = today;
    this.clock = clock;
  }

  List<DemoHousehold> households() {
    return List.of(english(), spanish(), delinquent(), sharedPhone(), noPhone(), arrangement());
  }

  private DemoHousehold english() {
    ShowcaseAccount s = DemoCity.SHOWCASE_ENGLISH;
    AccountHistory h = history(HOME, 640, 38, 5.2, card(PaymentChannel.WEB, "4242"));
    h.bill(cycles(s), i -> i < 11);
    h.note(
        today.minusDays(30),
        "agent",
        "Customer asked about paperless billing; enrolled in e-bill.");
    List<ProgramEnrolment> programs =
        List.of(
            new ProgramEnrolment(
                Program.EBILL, today.minusDays(30), Optional.empty(), Optional.empty()));
    return household(
        s,
        Optional.of("margaret.ellison@example.com"),
        account(s, address("1420 Juniper Ave", "", s), h, programs, HOME));
  }

  private DemoHousehold spanish() {
    ShowcaseAccount s = DemoCity.SHOWCASE_SPANISH;
    AccountHistory h =
        history(NO_GAS, 480, 0, 4.1, habit(PaymentMethod.CASH, PaymentChannel.OFFICE, ""));
    h.bill(cycles(s), i -> i < 11);
    return household(
        s,
        Optional.empty(),
        account(s, address("2217 Calle Alegre", "Apt 4", s), h, List.of(), NO_GAS));
  }

  private DemoHousehold delinquent() {
    ShowcaseAccount s = DemoCity.SHOWCASE_DELINQUENT;
    AccountHistory h = history(HOME, 720, 45, 6.0, card(PaymentChannel.IVR, "1881"));
    List<Cycle> cycles = cycles(s);
    h.bill(cycles, i -> i < 9);
    h.note(cycles.get(9).due().plusDays(5), "system", "Past-due notice mailed.");
    LocalDate disconnectOn = s.disconnectDate(today).orElseThrow();
    h.order(
        ServiceOrderType.DISCONNECT_NONPAYMENT,
        ServiceOrderStatus.SCHEDULED,
        Optional.empty(),
        today.minusDays(4),
        Optional.of(disconnectOn),
        Optional.empty(),
        Optional.of("system"),
        "Disconnect for non-payment scheduled for " + disconnectOn + ".");
    h.note(today.minusDays(4), "system", "Disconnect notice mailed for " + disconnectOn + ".");
    return household(
        s, Optional.empty(), account(s, address("805 Tamarack St", "", s), h, List.of(), HOME));
  }

  private DemoHousehold sharedPhone() {
    ShowcaseAccount home = DemoCity.SHOWCASE_SHARED_PHONE_HOME;
    AccountHistory h1 = history(HOME, 560, 33, 4.8, bank("7310"));
    h1.bill(cycles(home), i -> i < 11);
    ShowcaseAccount rental = DemoCity.SHOWCASE_SHARED_PHONE_RENTAL;
    UtilityService[] rentalServices = {
      UtilityService.WATER, UtilityService.WASTEWATER, UtilityService.SOLID_WASTE
    };
    AccountHistory h2 = history(rentalServices, 0, 0, 3.4, bank("7310"));
    h2.bill(cycles(rental), i -> i < 11);
    return household(
        home,
        Optional.of("daniel.ortega@example.net"),
        account(home, address("3150 Piñon Ridge Rd", "", home), h1, List.of(), HOME),
        account(
            rental,
            address("1907 Arroyo Seco Dr", "Unit B", rental),
            h2,
            List.of(),
            rentalServices));
  }

  private DemoHousehold noPhone() {
    ShowcaseAccount s = DemoCity.SHOWCASE_NO_PHONE;
    AccountHistory h = history(NO_GAS, 410, 0, 3.6, card(PaymentChannel.AGENT, "5150"));
    h.bill(cycles(s), i -> i < 11);
    return household(
        s, Optional.empty(), account(s, address("48 Cottonwood Ct", "", s), h, List.of(), NO_GAS));
  }

  private DemoHousehold arrangement() {
    ShowcaseAccount s = DemoCity.SHOWCASE_ARRANGEMENT;
    AccountHistory h = history(NO_GAS, 500, 0, 4.5, card(PaymentChannel.WEB, "0077"));
    h.bill(cycles(s), i -> i < 9);
    LocalDate created = today.minusDays(15);
    h.order(
        ServiceOrderType.DISCONNECT_NONPAYMENT,
        ServiceOrderStatus.CANCELLED,
        Optional.empty(),
        today.minusDays(20),
        Optional.of(today.minusDays(12)),
        Optional.of(created),
        Optional.of("agent"),
        "Disconnect cancelled: payment arrangement made.");
    h.arrange(
        ArrangementKind.INSTALMENTS, ArrangementStatus.ACTIVE, created, h.billed(9, 11), 4, 0);
    h.note(created, "agent", "Payment arrangement of 4 instalments agreed.");
    return household(
        s,
        Optional.empty(),
        account(s, address("2716 Mesquite Loop", "", s), h, List.of(), NO_GAS));
  }

  /** Twelve cycles thirty days apart, the current one due {@code dueInDays} from today. */
  private List<Cycle> cycles(ShowcaseAccount s) {
    LocalDate lastIssued = s.dueDate(today).minusDays(AccountHistory.TERMS);
    return AccountHistory.everyThirtyDays(lastIssued, 12);
  }

  private AccountHistory history(
      UtilityService[] services, double kwh, double therms, double kgal, PayHabit habit) {
    Map<UtilityService, Double> levels = new EnumMap<>(UtilityService.class);
    levels.put(UtilityService.ELECTRIC, kwh);
    levels.put(UtilityService.GAS, therms);
    levels.put(UtilityService.WATER, kgal);
    levels.put(UtilityService.WASTEWATER, Math.round(kgal * 7.5) / 10.0);
    return new AccountHistory(ids, random, today, clock, List.of(services), levels, habit, false);
  }

  private static PayHabit card(PaymentChannel channel, String lastFour) {
    return habit(PaymentMethod.CARD, channel, lastFour);
  }

  private static PayHabit bank(String lastFour) {
    return habit(PaymentMethod.BANK, PaymentChannel.WEB, lastFour);
  }

  private static PayHabit habit(PaymentMethod method, PaymentChannel channel, String lastFour) {
    Optional<String> four = lastFour.isEmpty() ? Optional.empty() : Optional.of(lastFour);
    return new PayHabit(method, channel, four, Timing.TWO_DAYS_BEFORE_DUE);
  }

  private static ServiceAddress address(String street, String unit, ShowcaseAccount s) {
    return new ServiceAddress(street, unit, Streets.CITY, Streets.STATE, s.serviceZip());
  }

  private DemoAccount account(
      ShowcaseAccount s,
      ServiceAddress address,
      AccountHistory h,
      List<ProgramEnrolment> programs,
      UtilityService[] services) {
    LocalDate openedOn = today.minusYears(6);
    List<AccountService> delivered = new ArrayList<>();
    for (UtilityService service : services) {
      Optional<String> meter =
          switch (service) {
            case ELECTRIC -> Optional.of("E" + s.account().value().substring(2));
            case GAS -> Optional.of("G" + s.account().value().substring(2));
            case WATER -> Optional.of("W" + s.account().value().substring(2));
            default -> Optional.empty();
          };
      delivered.add(new AccountService(service, meter, openedOn));
    }
    return new DemoAccount(
        s.account(),
        AccountStatus.ACTIVE,
        address,
        openedOn,
        Optional.empty(),
        delivered,
        h.bills,
        h.payments,
        h.arrangements,
        h.orders,
        programs,
        h.notes);
  }

  private DemoHousehold household(
      ShowcaseAccount s, Optional<String> email, DemoAccount... accounts) {
    return new DemoHousehold(
        ids.customer(), s.customerName(), s.language(), s.phone(), email, List.of(accounts));
  }
}
