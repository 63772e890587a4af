package org.cityline.routing;

/**
 * Where an agent stands. Which changes are allowed is decided by {@code AgentStateTransitions}, an
 * explicit table, never by scattered ifs.
 */
public enum AgentState {
  /** Not signed in to routing. */
  LOGGED_OUT,
  /** Ready for the next contact. */
  AVAILABLE,
  /** A contact is being offered (ringing); the agent may accept or reject. */
  RESERVED,
  /** Talking to a caller. */
  ON_CALL,
  /** The caller is on hold. */
  ON_HOLD,
  /** The call ended; the agent records a disposition and a note. */
  WRAP_UP,
  /** Signed in but not taking contacts, for a {@link AwayReason}. */
  AWAY
}
