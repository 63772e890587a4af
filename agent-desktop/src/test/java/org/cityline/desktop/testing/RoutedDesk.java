package org.cityline.desktop.testing;

import java.util.Map;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.common.time.Scheduler;
import org.cityline.desktop.AgentDeskServices;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
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
  public final FakeCustomerInformation customers =
      new FakeCustomerInformation().add(SampleCalls.delinquentAccount());
  public final FakeContactHistory history = new FakeContactHistory();
  public final RecordingAuditTrail audit = new RecordingAuditTrail();
  public final AgentDeskServices agentDesk = AgentDeskServices.inMemory();
  public final DesktopServices services;

  /** The desktop's pushes batched by a manual scheduler on routing's clock. */
  public RoutedDesk() {
    this(null);
  }

  /**
   * @param deskScheduler batches the desktop's pushes (a real timer for a real browser), or null
   *     for a manual scheduler on routing's clock
   */
  public RoutedDesk(Scheduler deskScheduler) {
    String hash = HASHER.hash(DesktopFixture.PASSWORD);
    member("rep", "Maria Lopez", Role.REPRESENTATIVE, Map.of("billing", 3), 2, hash);
    member("spec", "Dev Patel", Role.SPECIALIST, Map.of("specialist", 4, "billing", 4), 2, hash);
    member("sup", "Ann Brooks", Role.SUPERVISOR, Map.of("supervisor", 3), 1, hash);
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
            agentDesk);
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
    require(routing.router.enqueue(SampleCalls.verifiedCaller(id, routing.clock.instant())));
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
