package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;

/**
 * A routing scenario over the in-memory stores, the utility's nine default queues and a manual
 * clock, with short helpers that fail loudly when a step is refused.
 */
abstract class Scenario {

  final RoutingHarness routing;

  Scenario() {
    this(QueueDirectory.defaults());
  }

  Scenario(QueueDirectory queues) {
    this(RoutingHarness.Stores.inMemory(), queues);
  }

  /** Over other stores (a Hazelcast cluster's, for instance). */
  Scenario(RoutingHarness.Stores stores, QueueDirectory queues) {
    routing = new RoutingHarness(stores, RoutingHarness.World.with(queues));
  }

  @AfterEach
  void stopRouting() {
    routing.close();
  }

  Instant now() {
    return routing.clock.instant();
  }

  /** Moves time, running the timers and sweeps that fall due. */
  void pass(Duration duration) {
    routing.scheduler.advance(duration);
  }

  static ContactId id(String contact) {
    return new ContactId(contact);
  }

  static CallId call(String contact) {
    return new CallId("sim", "call-" + contact);
  }

  void enqueue(String contact, String queue) {
    enqueue(contact, queue, 0);
  }

  void enqueue(String contact, String queue, int priority) {
    done(routing.router.enqueue(Requests.to(contact, queue, priority, now())));
  }

  AgentId rep(String name) {
    return routing.availableAgent(name);
  }

  AgentId agent(String name, Map<String, Integer> skills) {
    return routing.availableAgent(name, skills, 1);
  }

  AgentId agent(String name, Map<String, Integer> skills, int lines) {
    return routing.availableAgent(name, skills, lines);
  }

  AgentSnapshot agent(AgentId agent) {
    return routing.agent(agent).orElseThrow();
  }

  AgentState state(AgentId agent) {
    return agent(agent).state();
  }

  ContactSnapshot contact(String id) {
    return routing.contact(id).orElseThrow();
  }

  ContactState state(String contact) {
    return contact(contact).state();
  }

  /** The agent the contact is offered to or with. */
  AgentId with(String contact) {
    return contact(contact).agent().orElseThrow();
  }

  void connect(AgentId agent, String contact) {
    done(routing.router.accept(agent, id(contact)));
  }

  void finish(AgentId agent, String contact) {
    done(routing.router.hangUp(agent, id(contact)));
    done(routing.router.finishWrapUp(agent, id(contact), "billing-question", "Done."));
  }

  void callerHangsUp(String contact) {
    routing.router.onCallEvent(
        new CallEvent.CallEnded(call(contact), EndReason.CALLER_HUNG_UP, now()));
  }

  String outcome(String contact) {
    return routing.history().ended().get(id(contact)).outcome();
  }

  static void done(RoutingResult result) {
    assertThat(result).isEqualTo(RoutingResult.ok());
  }

  static void refused(RoutingResult result, String reason) {
    assertThat(result).isEqualTo(RoutingResult.refused(reason));
  }
}
