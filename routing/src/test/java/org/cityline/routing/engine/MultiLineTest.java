package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactState;
import org.junit.jupiter.api.Test;

/**
 * Several lines per agent: with a caller on hold an agent may take another; never more than
 * capacity.
 */
class MultiLineTest extends Scenario {

  @Test
  void anAgentWithACallerOnHoldTakesASecondOfferAndSwitchesBack() {
    AgentId ann = agent("ann", Map.of("billing", 3), 2);
    enqueue("c1", "billing");
    connect(ann, "c1");
    enqueue("c2", "billing");
    assertThat(state("c2")).as("never offered while talking").isEqualTo(ContactState.QUEUED);

    done(routing.router.hold(ann, id("c1")));

    assertThat(with("c2")).isEqualTo(ann);
    assertThat(state(ann)).isEqualTo(AgentState.RESERVED);
    connect(ann, "c2");
    assertThat(agent(ann).contacts()).extracting(c -> c.id().value()).containsExactly("c1", "c2");
    refused(routing.router.resume(ann, id("c1")), "Put your other caller on hold first.");

    finish(ann, "c2");
    assertThat(state(ann)).isEqualTo(AgentState.ON_HOLD);
    done(routing.router.resume(ann, id("c1")));
    assertThat(state(ann)).isEqualTo(AgentState.ON_CALL);
  }

  @Test
  void capacityIsNeverExceeded() {
    AgentId ann = agent("ann", Map.of("billing", 3), 2);
    enqueue("c1", "billing");
    connect(ann, "c1");
    done(routing.router.hold(ann, id("c1")));
    enqueue("c2", "billing");
    connect(ann, "c2");
    done(routing.router.hold(ann, id("c2")));

    enqueue("c3", "billing");

    assertThat(state("c3")).isEqualTo(ContactState.QUEUED);
    assertThat(agent(ann).contacts()).hasSize(2);
  }

  @Test
  void aSingleLineAgentWithACallerOnHoldTakesNothingMore() {
    AgentId ann = rep("ann");
    enqueue("c1", "billing");
    connect(ann, "c1");
    done(routing.router.hold(ann, id("c1")));

    enqueue("c2", "billing");

    assertThat(state("c2")).isEqualTo(ContactState.QUEUED);
  }
}
