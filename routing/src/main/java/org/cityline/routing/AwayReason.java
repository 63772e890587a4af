package org.cityline.routing;

/** Why an agent is away. */
public enum AwayReason {
  BREAK,
  LUNCH,
  TRAINING,
  MEETING,
  AFTER_CALL_WORK,
  /** Set by routing when the agent let an offer ring out. */
  MISSED_OFFER,
  /** Set at sign-in, until the agent makes themself available. */
  SIGNED_IN
}
