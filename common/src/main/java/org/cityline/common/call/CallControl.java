package org.cityline.common.call;

/**
 * The adapter's side of the telephony port: changes to a live call that do not answer one of its
 * events. Each method returns once the phone system has taken the request; what then happens on the
 * call comes back as {@link CallEvent}s. Failures are reported as {@link CallControlException}
 * naming the call and what the phone system said.
 */
public interface CallControl {

  /** The network name this adapter owns, as in {@link CallId#network()}. */
  String network();

  /**
   * Rings the agent's endpoint (a PJSIP endpoint, a Twilio client identity, a simulated desk phone)
   * and bridges it to the waiting caller. Completion is reported as {@link
   * CallEvent.AgentConnected} or {@link CallEvent.AgentLegFailed}.
   */
  void connectAgent(CallId caller, String agentEndpoint);

  /** Puts the caller on hold with music; the agent's leg stays up. */
  void hold(CallId caller);

  /** Takes the caller off hold, back to the agent. */
  void resume(CallId caller);

  /** Hangs the call up (both the caller and any agent leg). */
  void hangup(CallId caller);
}
