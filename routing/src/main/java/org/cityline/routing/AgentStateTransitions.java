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
import static org.cityline.routing.AgentStateTransitions.By.SUPERVISOR;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every change of agent state that may happen, and who may cause it: the agent (from the desktop)
 * (from the desktop), a supervisor (for the agent), or routing (an offer, a ring timeout, the
 * caller hanging up, a failed phone leg, a wrap-up that ran out). A pair that is not in the table
 * is refused. The agent's state follows from their readiness and lines ({@link Agent#derive}); the
 * rows for several lines are the ones that start or end at {@code ON_HOLD} while another line
 * changes.
 */
public final class AgentStateTransitions {

  /** Who asks for a change. */
  public enum By {
    /** The agent, from the desktop. */
    AGENT,
    /** Routing itself, or the phone system through it. */
    ROUTING,
    /** A supervisor, for the agent (from the supervisor's console). */
    SUPERVISOR
  }

  private static final Map<AgentState, Map<AgentState, Set<By>>> TABLE =
      new EnumMap<>(AgentState.class);

  static {
    allow(LOGGED_OUT, AWAY, AGENT); // sign in
    allow(AWAY, AVAILABLE, AGENT, SUPERVISOR);
    allow(AWAY, AWAY, AGENT, SUPERVISOR); // another reason
    allow(AWAY, LOGGED_OUT, AGENT, SUPERVISOR);
    allow(AVAILABLE, AWAY, AGENT, SUPERVISOR);
    allow(AVAILABLE, LOGGED_OUT, AGENT, SUPERVISOR);
    allow(AVAILABLE, RESERVED, ROUTING); // an offer rings
    allow(RESERVED, ON_CALL, AGENT); // accept
    allow(RESERVED, AVAILABLE, AGENT, ROUTING); // reject; caller hung up while ringing
    allow(RESERVED, AWAY, ROUTING); // rang out, or the agent's phone failed: away, missed
    allow(RESERVED, ON_HOLD, AGENT, ROUTING); // the same, with another caller on hold
    allow(ON_CALL, ON_HOLD, AGENT, ROUTING); // hold; a consult or callback ended, a line held
    allow(ON_CALL, WRAP_UP, AGENT, ROUTING); // agent or caller hung up
    allow(ON_CALL, AWAY, ROUTING); // the agent's phone leg failed
    allow(ON_CALL, AVAILABLE, AGENT, ROUTING); // a consult ended; a callback was not answered
    allow(ON_HOLD, ON_CALL, AGENT); // resume
    allow(ON_HOLD, WRAP_UP, AGENT, ROUTING);
    allow(ON_HOLD, AWAY, ROUTING);
    allow(ON_HOLD, AVAILABLE, ROUTING); // the held contact was lost (repair)
    allow(ON_HOLD, RESERVED, ROUTING); // a second line rings while the first is held
    allow(WRAP_UP, AVAILABLE, AGENT, ROUTING); // finished; or routing closed it at its deadline
    allow(WRAP_UP, AWAY, AGENT, ROUTING); // the same, for an agent set away meanwhile
    allow(WRAP_UP, ON_HOLD, AGENT, ROUTING); // the same, with another caller on hold
    allow(WRAP_UP, ON_CALL, AGENT); // resume a held caller while another line wraps up
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
        (switch (by) {
              case AGENT -> "You cannot";
              case SUPERVISOR -> "The agent cannot";
              case ROUTING -> "Routing cannot";
            })
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
