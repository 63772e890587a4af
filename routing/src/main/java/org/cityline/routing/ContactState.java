package org.cityline.routing;

/** Where a live contact stands in routing. */
public enum ContactState {
  /** Waiting in a queue for an agent. */
  QUEUED,
  /** Offered to one agent, ringing. */
  OFFERED,
  /** Talking to an agent. */
  CONNECTED,
  /** Connected, with the caller on hold. */
  ON_HOLD,
  /** The call is over; the agent is wrapping it up. */
  WRAP_UP,
  /** Finished, with an {@link ContactOutcome}. */
  ENDED
}
