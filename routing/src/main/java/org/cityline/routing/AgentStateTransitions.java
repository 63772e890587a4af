package org.cityline.routing;

import static org.cityline.routing.AgentState.AVAILABLE;
import static org.cityline.routing.AgentState.AWAY;
import static org.cityline.routing.AgentState.LOGGED_OUT;
import static org.cityline.routing.AgentState.ON_CALL;
import static org.cityline.routing.AgentState.ON_HOLD;
import static org.cityline.routing.AgentState.RESERVED;
import static org.cityline.routing.AgentState.WRAP_UP;
import static org.cityline.routing.AgentStateTransitions.By.AGENT;
import static org.cityline.routing.AgentStateTransitions.By.ROUTING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every change of agent state that may happen, and who may cause it: the agent (from the desktop)
 * or routing (an offer, a ring timeout, the caller hanging up, a failed phone leg). A pair that is
 * not in the table is refused. Later issues add rows (several lines, wrap-up timers) rather than
 * ifs.
 */
public final class AgentStateTransitions {

  /** Who asks for a change. */
  public enum By {
    /** The agent, from the desktop. */
    AGENT,
    /** Routing itself, or the phone system through it. */
    ROUTING
  }

  private static final Map<AgentState, Map<AgentState, Set<By>>> TABLE =
      new EnumMap<>(AgentState.class);

  static {
    allow(LOGGED_OUT, AWAY, AGENT); // sign in
    allow(AWAY, AVAILABLE, AGENT);
    allow(AWAY, AWAY, AGENT); // another reason
    allow(AWAY, LOGGED_OUT, AGENT);
    allow(AVAILABLE, AWAY, AGENT);
    allow(AVAILABLE, LOGGED_OUT, AGENT);
    allow(AVAILABLE, RESERVED, ROUTING); // an offer rings
    allow(RESERVED, ON_CALL, AGENT); // accept
    allow(RESERVED, AVAILABLE, AGENT, ROUTING); // reject; caller hung up while ringing
    allow(RESERVED, AWAY, ROUTING); // rang out, or the agent's phone failed: away, missed
    allow(ON_CALL, ON_HOLD, AGENT);
    allow(ON_CALL, WRAP_UP, AGENT, ROUTING); // agent or caller hung up
    allow(ON_CALL, AWAY, ROUTING); // the agent's phone leg failed
    allow(ON_HOLD, ON_CALL, AGENT); // resume
    allow(ON_HOLD, WRAP_UP, AGENT, ROUTING);
    allow(ON_HOLD, AWAY, ROUTING);
    allow(WRAP_UP, AVAILABLE, AGENT, ROUTING); // finished; or the call never reached the agent
  }

  private AgentStateTransitions() {}

  private static void allow(AgentState from, AgentState to, By... who) {
    TABLE
        .computeIfAbsent(from, state -> new EnumMap<>(AgentState.class))
        .put(to, Set.copyOf(EnumSet.of(who[0], who)));
  }

  /** Whether {@code by} may move an agent from {@code from} to {@code to}. */
  public static boolean allows(AgentState from, AgentState to, By by) {
    return whoMay(from, to).contains(by);
  }

  /** Who may make this change; empty when nobody may. */
  public static Set<By> whoMay(AgentState from, AgentState to) {
    return TABLE.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
  }

  /** Why the change is refused, in words for the agent; empty when it is allowed. */
  public static Optional<String> refusal(AgentState from, AgentState to, By by) {
    if (allows(from, to, by)) {
      return Optional.empty();
    }
    if (from == to) {
      return Optional.of("You are already " + label(from) + ".");
    }
    return Optional.of(
        (by == AGENT ? "You cannot" : "Routing cannot")
            + " go from "
            + label(from)
            + " to "
            + label(to)
            + ".");
  }

  /** The state in words, as an agent reads it. */
  public static String label(AgentState state) {
    return switch (state) {
      case LOGGED_OUT -> "signed out";
      case AVAILABLE -> "available";
      case RESERVED -> "ringing with an offer";
      case ON_CALL -> "on a call";
      case ON_HOLD -> "holding a caller";
      case WRAP_UP -> "in wrap-up";
      case AWAY -> "away";
    };
  }
}
