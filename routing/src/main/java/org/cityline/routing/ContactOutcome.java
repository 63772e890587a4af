package org.cityline.routing;

/** How a contact ended; every contact ends exactly once, with one of these. */
public enum ContactOutcome {
  /** An agent talked to the caller. */
  ANSWERED,
  /** The caller hung up before an agent answered. */
  ABANDONED,
  /** A callback reached the customer and an agent talked to them. */
  CALLBACK_COMPLETED,
  /** The contact left for a queue or destination outside this center. */
  OVERFLOWED_OUT,
  /** It could not be handled (a callback that never connected, a phone system failure). */
  FAILED
}
