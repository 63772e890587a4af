package org.cityline.desktop.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.FieldNotifier;
import org.cityline.accounts.Money;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.accounts.jdbc.SelfServiceSettings;
import org.cityline.accounts.jdbc.SelfServiceStore;
import org.cityline.accounts.messaging.SandboxOutbox;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.ContactId;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.common.time.Scheduler;
import org.cityline.desktop.AgentDeskServices;
import org.cityline.desktop.DeskDrafts;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.testing.RoutingHarness;

/**
 * The desktop over the real routing core ({@link RoutingHarness}: in-memory stores, a manual clock
 * and the default queues), with a two-line representative {@code rep}, a specialist {@code spec}
 * and a supervisor {@code sup}, all with the password {@link DesktopFixture#PASSWORD}, and the
 * delinquent sample account. The desktop's push batching has its own manual scheduler.
 */
public final class RoutedDesk implements AutoCloseable {

  private static final PasswordHasher HASHER = new PasswordHasher();

  public final RoutingHarness routing = RoutingHarness.inMemory();
  public final RecordingAuditTrail audit = new RecordingAuditTrail();
  public final AgentDeskServices agentDesk;
  public final DesktopServices services;

  /** The demo city's database, when the desk works on real accounts ({@link #overDemoCity}). */
  public final Optional<DataSource> city;

  /** What field staff were told about (service orders), over the demo city. */
  public final List<FieldNotification> fieldTold = new CopyOnWriteArrayList<>();

  /** Credits above this wait for a supervisor, over the demo city. */
  public static final Money APPROVAL_THRESHOLD = Money.parse("100.00");

  /** The desktop's pushes batched by a manual scheduler on routing's clock. */
  public RoutedDesk() {
    this(null);
  }

  /**
   * @param deskScheduler batches the desktop's pushes (a real timer for a real browser), or null
   *     for a manual scheduler on routing's clock
   */
  public RoutedDesk(Scheduler deskScheduler) {
    this(deskScheduler, Optional.empty());
  }

  /**
   * The desk over a small demo city of its own (H2): the real customer information, contact
   * history, notes, sandbox payments, arrangements and agents' account work.
   */
  public static RoutedDesk overDemoCity(Scheduler deskScheduler) {
    return overDemoCity(deskScheduler, new DeskDrafts());
  }

  /** The same, with the agents' drafts kept in {@code drafts} (a Hazelcast map, say). */
  public static RoutedDesk overDemoCity(Scheduler deskScheduler, DeskDrafts drafts) {
    DataSource database = DemoCityDatabase.fresh(250).dataSource();
    return new RoutedDesk(deskScheduler, Optional.of(database), drafts);
  }

  private RoutedDesk(Scheduler deskScheduler, Optional<DataSource> city) {
    this(deskScheduler, city, new DeskDrafts());
  }

  private RoutedDesk(Scheduler deskScheduler, Optional<DataSource> city, DeskDrafts drafts) {
    this.city = city;
    String hash = HASHER.hash(DesktopFixture.PASSWORD);
    member("rep", "Maria Lopez", Role.REPRESENTATIVE, Map.of("billing", 3), 2, hash);
    member("spec", "Dev Patel", Role.SPECIALIST, Map.of("specialist", 4, "billing", 4), 2, hash);
    member("sup", "Ann Brooks", Role.SUPERVISOR, Map.of("supervisor", 3), 1, hash);
    CustomerInformation customers;
    ContactHistory history;
    AgentDeskServices desk = AgentDeskServices.inMemory().withDrafts(drafts);
    if (city.isPresent()) {
      AccountsStore store = AccountsDatabase.open(city.get(), routing.clock);
      FieldNotifier field = fieldTold::add;
      SelfServiceStore self =
          AccountsDatabase.openSelfService(
              city.get(),
              routing.clock,
              SelfServiceSettings.sandbox(
                  "https://city.example/reset", new SandboxOutbox(routing.clock), field));
      customers = store.customers();
      history = store.contacts();
      desk =
          desk.withAccountPorts(
              AccountsDatabase.openAgentWork(city.get(), routing.clock, APPROVAL_THRESHOLD, field),
              self.payments(),
              store.notes(),
              self.arrangements());
    } else {
      customers = new FakeCustomerInformation().add(SampleCalls.delinquentAccount());
      history = new FakeContactHistory();
    }
    agentDesk = desk;
    services =
        new DesktopServices(
            routing.router,
            customers,
            history,
            routing.staff(),
            PasswordVerifier.bcrypt(HASHER),
            audit,
            DesktopFixture.DISPOSITIONS,
            routing.clock,
            deskScheduler == null ? new ManualScheduler(routing.clock) : deskScheduler,
            agentDesk,
            org.cityline.desktop.ConsoleServices.defaults(routing.clock));
  }

  private void member(
      String username,
      String name,
      Role role,
      Map<String, Integer> skills,
      int lines,
      String hash) {
    routing
        .staff()
        .put(new StaffMember(username, name, role, hash, "sim:" + username, skills, lines, true));
  }

  /** Signs an agent in to routing and makes them available, as their own desk would. */
  public AgentId available(String username) {
    AgentId agent = new AgentId(username);
    if (routing.router.agent(agent).isEmpty()) {
      require(routing.router.signIn(agent));
    }
    require(routing.router.makeAvailable(agent));
    return agent;
  }

  /** A verified caller on the delinquent account joins the billing queue. */
  public ContactId call(String id) {
    ContactRequest request = SampleCalls.verifiedCaller(id, routing.clock.instant());
    if (city.isPresent()) {
      request =
          new ContactRequest(
              request.id(),
              request.call(),
              request.caller(),
              request.language(),
              Optional.of(DemoCity.SHOWCASE_DELINQUENT.account()),
              request.verified(),
              request.trail(),
              request.reason(),
              request.queue(),
              request.priority(),
              request.arrivedAt(),
              request.skills());
    }
    require(routing.router.enqueue(request));
    return new ContactId(id);
  }

  public AgentSnapshot agent(String username) {
    return routing.router.agent(new AgentId(username)).orElseThrow();
  }

  public ContactSnapshot contact(String id) {
    return routing.contact(id).orElseThrow();
  }

  public static void require(RoutingResult result) {
    if (result instanceof RoutingResult.Refused refused) {
      throw new IllegalStateException("routing refused: " + refused.reason());
    }
  }

  @Override
  public void close() {
    routing.close();
  }
}
