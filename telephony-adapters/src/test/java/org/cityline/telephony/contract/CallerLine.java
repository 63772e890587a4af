package org.cityline.telephony.contract;

/** What the caller's line is doing, as any adapter can tell from its phone system. */
public enum CallerLine {
  /** Ringing, not yet answered. */
  RINGING,
  /** Answered, in the IVR. */
  IVR,
  /** Left the IVR, waiting (with music) for an agent. */
  WAITING,
  /** Talking to an agent. */
  WITH_AGENT,
  /** Held by the agent. */
  ON_HOLD,
  /** Hung up. */
  ENDED
}
