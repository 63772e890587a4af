package org.cityline.common.call;

/**
 * The phone system's side of a supervisor listening in on, whispering to or barging into an agent's
 * call. A {@code CallControl} adapter that can do it implements this as well; routing refuses the
 * supervisor's request clearly when the phone system in use does not.
 */
public interface CallMonitor {

  /**
   * Rings the supervisor's phone and, once answered, puts it on the caller's call in this mode.
   *
   * @param caller the caller's call
   * @param agentEndpoint the agent's phone on it
   * @param supervisorEndpoint the supervisor's phone
   * @throws org.cityline.common.call.CallControlException when the phone system cannot
   */
  void monitor(CallId caller, String agentEndpoint, String supervisorEndpoint, MonitorMode mode);
}
