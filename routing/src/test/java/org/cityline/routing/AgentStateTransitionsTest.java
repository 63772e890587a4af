package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cityline.routing.AgentStateTransitions.By;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (from, to, who) triple of agent states, against a table written out independently. */
class AgentStateTransitionsTest {

  /**
   * Rows are "from", columns "to" in {@link AgentState} order: LOGGED_OUT AVAILABLE RESERVED
   * ON_CALL ON_HOLD WRAP_UP AWAY. A = the agent may, R = routing may, S = a supervisor may, - =
   * nobody.
   */
  private static final String[] EXPECTED = {
    /* LOGGED_OUT */ "-   -   -   -   -   -   A",
    /* AVAILABLE  */ "AS  -   R   -   -   -   AS",
    /* RESERVED   */ "-   AR  -   A   AR  -   R",
    /* ON_CALL    */ "-   AR  -   -   AR  AR  R",
    /* ON_HOLD    */ "-   R   R   A   -   AR  R",
    /* WRAP_UP    */ "-   AR  -   A   AR  -   AR",
    /* AWAY       */ "AS  AS  -   -   -   -   AS",
  };

  static Stream<Arguments> everyTriple() {
    List<Arguments> triples = new ArrayList<>();
    AgentState[] states = AgentState.values();
    for (int from = 0; from < states.length; from++) {
      String[] cells = EXPECTED[from].trim().split("\\s+");
      for (int to = 0; to < states.length; to++) {
        for (By by : By.values()) {
          String letter =
              switch (by) {
                case AGENT -> "A";
                case ROUTING -> "R";
                case SUPERVISOR -> "S";
              };
          triples.add(Arguments.of(states[from], states[to], by, cells[to].contains(letter)));
        }
      }
    }
    return triples.stream();
  }

  @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
  @MethodSource("everyTriple")
  void eachChangeIsAllowedOrRefusedAsTheTableSays(
      AgentState from, AgentState to, By by, boolean allowed) {
    assertThat(AgentStateTransitions.allows(from, to, by)).isEqualTo(allowed);
    assertThat(AgentStateTransitions.refusal(from, to, by).isEmpty()).isEqualTo(allowed);
  }

  @Test
  void theTableCoversEveryPair() {
    assertThat(everyTriple())
        .hasSize(AgentState.values().length * AgentState.values().length * By.values().length);
  }

  @Test
  void refusalsSayWhatWasAskedInWords() {
    assertThat(AgentStateTransitions.refusal(AgentState.AVAILABLE, AgentState.AVAILABLE, By.AGENT))
        .hasValue("You are already available.");
    assertThat(AgentStateTransitions.refusal(AgentState.ON_CALL, AgentState.AWAY, By.AGENT))
        .hasValue("You cannot go from on a call to away.");
    assertThat(AgentStateTransitions.refusal(AgentState.AWAY, AgentState.RESERVED, By.ROUTING))
        .hasValue("Routing cannot go from away to ringing with an offer.");
    assertThat(
            AgentStateTransitions.refusal(AgentState.ON_CALL, AgentState.AVAILABLE, By.SUPERVISOR))
        .hasValue("The agent cannot go from on a call to available.");
  }

  @Test
  void whoMayNamesEveryoneWhoMay() {
    assertThat(AgentStateTransitions.whoMay(AgentState.ON_CALL, AgentState.WRAP_UP))
        .isEqualTo(Set.copyOf(EnumSet.of(By.AGENT, By.ROUTING)));
    assertThat(AgentStateTransitions.whoMay(AgentState.LOGGED_OUT, AgentState.ON_CALL)).isEmpty();
  }
}
