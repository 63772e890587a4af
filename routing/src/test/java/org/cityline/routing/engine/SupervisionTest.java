package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

/** What a supervisor changes: priorities, queues, assignments, agents' states and skills. */
class SupervisionTest extends Scenario {

  @Test
  void raisingAPriorityPutsTheContactFirst() {
    enqueue("c1", "billing");
    pass(Duration.ofSeconds(10));
    enqueue("c2", "billing");

    done(routing.router.changePriority(id("c2"), 20));

    assertThat(routing.router.waiting(new QueueId("billing"), 10))
        .extracting(contact -> contact.id().value())
        .containsExactly("c2", "c1");
    AgentId ann = rep("ann");
    assertThat(with("c2")).isEqualTo(ann);
  }

  @Test
  void movingAContactToAnotherQueueKeepsItsPlace() {
    enqueue("c1", "billing");
    done(routing.router.moveToQueue(id("c1"), new QueueId("spanish")));
    assertThat(contact("c1").queue()).isEqualTo(new QueueId("spanish"));
    refused(
        routing.router.moveToQueue(id("c1"), new QueueId("spanish")),
        "Contact c1 already waits in spanish.");
    refused(
        routing.router.moveToQueue(id("c1"), new QueueId("nowhere")),
        "There is no queue called 'nowhere'.");
  }

  @Test
  void assigningOffersTheContactToThatAgentNow() {
    AgentId ann = agent("ann", Map.of("credit", 1));
    done(routing.router.goAway(ann, AwayReason.BREAK));
    enqueue("c1", "credit");
    refused(routing.router.assign(id("c1"), ann), "ann cannot take a call now.");

    done(routing.router.makeAvailable(ann));
    assertThat(state("c1"))
        .as("credit:1 is below the queue's level")
        .isEqualTo(ContactState.QUEUED);
    done(routing.router.assign(id("c1"), ann));

    assertThat(with("c1")).isEqualTo(ann);
  }

  @Test
  void aSupervisorSetsAnAgentAwayAvailableOrSignedOut() {
    AgentId ann = rep("ann");
    done(routing.router.setAgentState(ann, AgentState.AWAY, Optional.of(AwayReason.MEETING)));
    assertThat(agent(ann).awayReason()).contains(AwayReason.MEETING);
    done(routing.router.setAgentState(ann, AgentState.AVAILABLE, Optional.empty()));
    refused(
        routing.router.setAgentState(ann, AgentState.ON_CALL, Optional.empty()),
        "A supervisor sets an agent available, away for a reason, or signed out.");
    done(routing.router.setAgentState(ann, AgentState.LOGGED_OUT, Optional.empty()));
    assertThat(routing.agent(ann)).isEmpty();
  }

  @Test
  void changedSkillsTakeEffectAtOnce() {
    AgentId ann = rep("ann");
    enqueue("c1", "specialists");
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);

    done(routing.router.changeSkills(ann, Map.of("specialist", 4)));

    assertThat(with("c1")).isEqualTo(ann);
    refused(
        routing.router.changeSkills(ann, Map.of("specialist", 6)),
        "the level of specialist must be 1 to 5, was 6");
  }

  @Test
  void aSupervisorListensWhispersOrBargesOnTheCallAnAgentTalksOn() {
    routing.staff().add("sup", Map.of("supervisor", 5), true);
    AgentId sup = new AgentId("sup");
    AgentId ann = rep("ann");
    refused(
        routing.router.monitor(sup, ann, org.cityline.common.call.MonitorMode.LISTEN),
        "ann is not talking to a caller.");
    enqueue("c1", "billing");
    connect(ann, "c1");

    for (org.cityline.common.call.MonitorMode mode :
        org.cityline.common.call.MonitorMode.values()) {
      done(routing.router.monitor(sup, ann, mode));
    }

    assertThat(routing.calls().requests())
        .contains(
            "monitor " + call("c1") + " sim:ann sim:sup LISTEN",
            "monitor " + call("c1") + " sim:ann sim:sup WHISPER",
            "monitor " + call("c1") + " sim:ann sim:sup BARGE");
  }

  @Test
  void listeningInIsRefusedClearly() {
    routing.staff().add("sup", Map.of("supervisor", 5), true);
    routing.staff().add("off", Map.of("supervisor", 5), false);
    AgentId ann = rep("ann");
    enqueue("c1", "billing");
    connect(ann, "c1");
    var listen = org.cityline.common.call.MonitorMode.LISTEN;

    refused(
        routing.router.monitor(new AgentId("nobody"), ann, listen),
        "nobody has no phone to listen on.");
    refused(
        routing.router.monitor(new AgentId("off"), ann, listen), "off has no phone to listen on.");
    refused(
        routing.router.monitor(new AgentId("sup"), new AgentId("zed"), listen),
        "zed is not signed in.");
    routing.calls().failNext("monitor");
    assertThat(routing.router.monitor(new AgentId("sup"), ann, listen))
        .isInstanceOfSatisfying(
            org.cityline.routing.RoutingResult.Refused.class,
            r -> assertThat(r.reason()).startsWith("The phone system refused: "));
  }
}
