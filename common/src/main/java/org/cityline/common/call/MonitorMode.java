package org.cityline.common.call;

/** How a supervisor joins an agent's call. */
public enum MonitorMode {
  /** Hears the caller and the agent; neither hears the supervisor. */
  LISTEN,
  /** Hears both and talks to the agent only (coaching). */
  WHISPER,
  /** Joins the call: all three hear one another. */
  BARGE
}
