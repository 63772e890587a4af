package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityline.accounts.WrapUp;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.junit.jupiter.api.Test;

/** The queue's wrap-up time is enforced, and an agent may extend it. */
class WrapUpTimeTest extends Scenario {

  private AgentId wrappingUp() {
    AgentId ann = rep("ann");
    enqueue("c1", "billing");
    connect(ann, "c1");
    done(routing.router.hangUp(ann, id("c1")));
    return ann;
  }

  @Test
  void whenTheWrapUpTimeRunsOutRoutingClosesItAndTheAgentIsAvailable() {
    AgentId ann = wrappingUp();
    pass(Duration.ofSeconds(59));
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);

    pass(Duration.ofSeconds(1));

    assertThat(state(ann)).isEqualTo(AgentState.AVAILABLE);
    assertThat(outcome("c1")).isEqualTo("answered");
    WrapUp wrapUp = routing.history().wrapUps().getFirst();
    assertThat(wrapUp.disposition()).isEqualTo("wrap-up-timed-out");
    assertThat(wrapUp.agent()).isEqualTo("ann");
  }

  @Test
  void anExtendedWrapUpRunsOutLater() {
    AgentId ann = wrappingUp();
    pass(Duration.ofSeconds(50));
    done(routing.router.extendWrapUp(ann, id("c1"), Duration.ofMinutes(2)));

    pass(Duration.ofSeconds(120));
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    done(routing.router.finishWrapUp(ann, id("c1"), "payment-taken", "Paid."));
    assertThat(routing.history().wrapUps().getFirst().disposition()).isEqualTo("payment-taken");
    pass(Duration.ofMinutes(5));
    assertThat(routing.history().wrapUps()).hasSize(1);
  }

  @Test
  void extendingWhatIsNotInWrapUpIsRefused() {
    AgentId ann = rep("ann");
    refused(
        routing.router.extendWrapUp(ann, id("c1"), Duration.ofMinutes(1)),
        "Contact c1 is not in wrap-up with you.");
  }
}
