package org.cityline.routing.testing;

import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentStore;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactStore;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueStore;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.engine.Router;
import org.cityline.routing.engine.RouterSetup;

/**
 * A router over given stores with fakes all around and time that moves only when the test moves it.
 * Several harnesses may share stores, clock, staff, history and phone system (one router per
 * "node"); each has its own scheduler and event recorder.
 */
public final class RoutingHarness implements AutoCloseable {

  /** Where routing state is kept. */
  public record Stores(ContactStore contacts, AgentStore agents, QueueStore queues) {
    public static Stores inMemory() {
      return new Stores(
          new InMemoryContactStore(), new InMemoryAgentStore(), new InMemoryQueueStore());
    }
  }

  /** What nodes share besides the stores: time, staff, history and the phone system. */
  public record World(
      ManualClock clock,
      FakeStaffDirectory staff,
      FakeContactHistory history,
      FakeCallControl calls,
      QueueDirectory queues) {
    public static World fresh() {
      return new World(
          new ManualClock(),
          new FakeStaffDirectory(),
          new FakeContactHistory(),
          new FakeCallControl(),
          QueueDirectory.defaults());
    }
  }

  public final Stores stores;
  public final World world;
  public final ManualClock clock;
  public final ManualScheduler scheduler;
  public final RecordingRoutingEvents events = new RecordingRoutingEvents();
  public final Router router;

  public RoutingHarness(Stores stores, World world) {
    this.stores = stores;
    this.world = world;
    this.clock = world.clock();
    this.scheduler = new ManualScheduler(world.clock());
    this.router =
        new Router(
            new RouterSetup(
                stores.contacts(),
                stores.agents(),
                stores.queues(),
                events,
                world.calls(),
                world.staff(),
                world.history(),
                world.clock(),
                scheduler,
                world.queues(),
                WrapUpPolicy.defaults()));
  }

  public static RoutingHarness inMemory() {
    return new RoutingHarness(Stores.inMemory(), World.fresh());
  }

  public FakeStaffDirectory staff() {
    return world.staff();
  }

  public FakeContactHistory history() {
    return world.history();
  }

  public FakeCallControl calls() {
    return world.calls();
  }

  /** Adds a billing representative to the staff, signs them in and makes them available. */
  public AgentId availableAgent(String username) {
    AgentId agent = new AgentId(username);
    if (staff().find(username).isEmpty()) {
      staff().addRepresentative(username);
    }
    require(router.signIn(agent).done(), "sign in " + username);
    require(router.makeAvailable(agent).done(), "make " + username + " available");
    return agent;
  }

  public Optional<AgentSnapshot> agent(AgentId agent) {
    return router.agent(agent);
  }

  public Optional<ContactSnapshot> contact(String id) {
    return router.contact(new ContactId(id));
  }

  private static void require(boolean done, String what) {
    if (!done) {
      throw new IllegalStateException("could not " + what);
    }
  }

  @Override
  public void close() {
    router.close();
  }
}
