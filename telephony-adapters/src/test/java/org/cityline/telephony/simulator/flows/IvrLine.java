package org.cityline.telephony.simulator.flows;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.FieldNotifier;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.accounts.jdbc.SelfServiceSettings;
import org.cityline.accounts.jdbc.SelfServiceStore;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.messaging.SandboxOutbox;
import org.cityline.accounts.payments.PaymentPort;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.ivr.Ivr;
import org.cityline.ivr.IvrPorts;
import org.cityline.ivr.PaymentCapture;
import org.cityline.ivr.SessionStore;
import org.cityline.ivr.announcements.AnnouncementStore;
import org.cityline.ivr.announcements.Announcements;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.guard.IdentificationGuard;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.ivr.prompts.PromptBundles;
import org.cityline.ivr.testing.FakeRoutingService;
import org.cityline.ivr.testing.InMemoryAnnouncementStore;
import org.cityline.ivr.testing.InMemoryIdentificationGuard;
import org.cityline.ivr.testing.InMemorySessionStore;
import org.cityline.ivr.testing.TestPorts;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedNetwork;

/**
 * The real IVR on the simulator, over a demo city of its own (H2, seeded as of Monday 2026-03-02
 * 16:00 UTC) with the sandbox payment gateway and outbox: what a caller on the test phone reaches,
 * with time that moves only when a test moves it. Routing is the IVR test jar's fake (it queues,
 * estimates waits and takes callbacks).
 */
public final class IvrLine implements AutoCloseable {

  /** How long each kind of step waits for a key before silence. */
  public static final Duration WELCOME = Duration.ofSeconds(3);

  static final Duration MENU = Duration.ofSeconds(5);
  static final Duration ENTRY = Duration.ofSeconds(7);
  public static final Duration CHECK_BACK = Duration.ofSeconds(60);
  static final PhoneNumber UTILITY = new PhoneNumber("+15055550100");

  /** Records what field staff were told. */
  static final class FieldStaff implements FieldNotifier {
    final List<FieldNotification> told = new CopyOnWriteArrayList<>();

    @Override
    public void notify(FieldNotification notification) {
      told.add(notification);
    }
  }

  /** What a test may change about the line. */
  public record Options(
      BusinessHours hours,
      Optional<SessionStore> sessions,
      Optional<IdentificationGuard> guard,
      Optional<AnnouncementStore> announcements,
      Optional<DemoCityDatabase> city,
      UnaryOperator<PaymentPort> payments,
      UnaryOperator<Messaging> texts) {

    public static Options defaults() {
      return new Options(
          BusinessHours.always(ZoneOffset.UTC),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          UnaryOperator.identity(),
          UnaryOperator.identity());
    }

    Options withHours(BusinessHours other) {
      return new Options(other, sessions, guard, announcements, city, payments, texts);
    }

    Options withStores(SessionStore s, IdentificationGuard g, AnnouncementStore a) {
      return new Options(
          hours, Optional.of(s), Optional.of(g), Optional.of(a), city, payments, texts);
    }

    Options withCity(DemoCityDatabase database) {
      return new Options(
          hours, sessions, guard, announcements, Optional.of(database), payments, texts);
    }

    /** The payment port the IVR uses, wrapped (to hold a payment in flight, say). */
    Options withPayments(UnaryOperator<PaymentPort> wrap) {
      return new Options(hours, sessions, guard, announcements, city, wrap, texts);
    }

    /** The messaging the IVR texts callers through, wrapped (to fail it, say). */
    public Options withTexts(UnaryOperator<Messaging> wrap) {
      return new Options(hours, sessions, guard, announcements, city, payments, wrap);
    }
  }

  public final ManualClock clock = new ManualClock();
  public final ManualScheduler scheduler = new ManualScheduler(clock);
  final DemoCityDatabase city;
  public final AccountsStore accounts;
  final SandboxOutbox outbox = new SandboxOutbox(clock);
  final FieldStaff field = new FieldStaff();
  final SelfServiceStore services;
  public final FakeRoutingService routing = new FakeRoutingService();
  final IdentificationGuard guard;
  final Announcements announcements;
  final SessionStore sessions;
  public final Ivr ivr;
  final SimulatedNetwork network;

  public IvrLine() {
    this(Options.defaults());
  }

  IvrLine(Options options) {
    this(options, PaymentCapture.NONE);
  }

  /** A line whose IVR hands payments to a connector on the calls {@code capture} names. */
  public IvrLine(Options options, PaymentCapture capture) {
    city = options.city().orElseGet(() -> DemoCityDatabase.fresh(120));
    accounts = city.store(clock);
    services =
        AccountsDatabase.openSelfService(
            city.dataSource(),
            clock,
            SelfServiceSettings.sandbox("https://city.example/account/reset", outbox, field));
    guard = options.guard().orElseGet(InMemoryIdentificationGuard::new);
    sessions =
        options.sessions().orElseGet(() -> new InMemorySessionStore(clock, Duration.ofMinutes(30)));
    IvrPorts over =
        TestPorts.over(
            accounts,
            services,
            routing,
            guard,
            options.announcements().orElseGet(InMemoryAnnouncementStore::new),
            clock);
    IvrPorts ports =
        new IvrPorts(
            over.customers(),
            over.routing(),
            over.history(),
            over.audit(),
            options.payments().apply(over.payments()),
            over.arrangements(),
            over.programs(),
            over.outages(),
            over.onlineAccounts(),
            over.guard(),
            over.announcements(),
            options.texts().apply(outbox));
    announcements = ports.announcements();
    ivr =
        new Ivr(
            MainFlow.build(MainFlow.Settings.defaults()),
            PromptBundles.cityline(),
            options.hours(),
            sessions,
            ports,
            clock,
            capture);
    network = new SimulatedNetwork(clock, scheduler);
    network.attach(new CallDirector(ivr, routing));
  }

  /** A call from a number ({@code null}: withheld), the line speaking English. */
  public Caller call(String from) {
    return call(from, Language.ENGLISH);
  }

  /** A call from a number ({@code null}: withheld) on a line of this language. */
  Caller call(String from, Language language) {
    CallerResult placed =
        network.placeCall(Optional.ofNullable(from).map(PhoneNumber::new), UTILITY, language);
    if (!(placed instanceof CallerResult.Placed call)) {
      throw new AssertionError("the simulator did not place the call: " + placed);
    }
    Caller caller = new Caller(this, call.call());
    caller.settle();
    return caller;
  }

  @Override
  public void close() {
    network.close();
  }
}
