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
import org.cityline.routing.StatisticsStore;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.config.QueueFile;
import org.cityline.routing.engine.Leadership;
import org.cityline.routing.engine.QueueConfig;
import org.cityline.routing.engine.Router;
import org.cityline.routing.engine.RouterSetup;
import org.cityline.routing.engine.RoutingSettings;

/**
 * A router over given stores with fakes all around and time that moves only when the test moves it
 * (the clock is in UTC, so a day starts at midnight UTC). Several harnesses may share stores and a
 * world (one router per "node"); each has its own scheduler, event recorder and index.
 */
public final class RoutingHarness implements AutoCloseable {

  /** Where routing state is kept. */
  public record Stores(ContactStore contacts, AgentStore agents, StatisticsStore statistics) {
    public static Stores inMemory() {
      return new Stores(
          new InMemoryContactStore(), new InMemoryAgentStore(), new InMemoryStatisticsStore());
    }
  }

  /** What nodes share besides the stores: time, staff, history, phone system and queues. */
  public record World(
      ManualClock clock,
      FakeStaffDirectory staff,
      FakeContactHistory history,
      FakeCallControl calls,
      QueueDirectory queues,
      InMemoryQueueConfigStore queueConfig,
      RecordingIntervalStore intervals,
      RoutingSettings settings) {

    /** The foundation's world: the default queues. */
    public static World fresh() {
      return with(QueueDirectory.defaults());
    }

    public static World with(QueueDirectory queues) {
      return new World(
          new ManualClock(),
          new FakeStaffDirectory(),
          new FakeContactHistory(),
          new FakeCallControl(),
          queues,
          new InMemoryQueueConfigStore(),
          new RecordingIntervalStore(),
          RoutingSettings.defaults());
    }

    public World with(RoutingSettings newSettings) {
      return new World(clock, staff, history, calls, queues, queueConfig, intervals, newSettings);
    }
  }

  public final Stores stores;
  public final World world;
  public final ManualClock clock;
  public final ManualScheduler scheduler;
  public final RecordingRoutingEvents events = new RecordingRoutingEvents();
  public final QueueConfig queues;
  public final Router router;

  public RoutingHarness(Stores stores, World world) {
    this(stores, world, Leadership.ALONE);
  }

  public RoutingHarness(Stores stores, World world, Leadership leadership) {
    this.stores = stores;
    this.world = world;
    this.clock = world.clock();
    this.scheduler = new ManualScheduler(world.clock());
    world.queueConfig().seed(QueueFile.format(world.queues()));
    this.queues = new QueueConfig(world.queues());
    this.router =
        new Router(
            new RouterSetup(
                stores.contacts(),
                stores.agents(),
                stores.statistics(),
                world.queueConfig(),
                events,
                world.calls(),
                world.staff(),
                world.history(),
                world.intervals(),
                world.clock(),
                scheduler,
                queues,
                WrapUpPolicy.defaults(),
                world.settings(),
                leadership));
    router.start();
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

  /** Adds a member with these skills and lines, signs them in and makes them available. */
  public AgentId availableAgent(String username, java.util.Map<String, Integer> skills, int lines) {
    staff().add(username, skills, lines);
    return availableAgent(username);
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
