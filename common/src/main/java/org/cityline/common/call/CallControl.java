package org.cityline.common.call;

import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

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

  /**
   * Brings a second agent onto the caller's call (a warm transfer's consult): the new agent talks
   * with the first while the caller stays on hold, and hears the caller once resumed. Completion is
   * reported as {@link CallEvent.AgentConnected} or {@link CallEvent.AgentLegFailed} for that
   * endpoint.
   *
   * @throws CallControlException when the phone system cannot (the default: not supported)
   */
  default void addAgent(CallId caller, String agentEndpoint) {
    throw new CallControlException(
        caller, network() + " cannot bring a second agent onto a call (no warm transfers)");
  }

  /**
   * Turns a warm transfer's consult into a conference of three: the held caller, the agent who
   * consulted ({@code consultingEndpoint}) and the agent consulted ({@code consultedEndpoint}, on
   * the call through {@link #addAgent}) all hear one another. Either agent then leaves with {@link
   * #dropAgent}; the caller stays with the other.
   *
   * @throws CallControlException when the call is not a consult with both agents on it, or the
   *     phone system cannot (the default: not supported)
   */
  default void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    throw new CallControlException(
        caller, network() + " cannot put three parties in a conference (no conferences)");
  }

  /**
   * Drops one agent's leg from the caller's call: the caller stays with any other agent on the call
   * or, with none left, waits with music until {@link #connectAgent} is called again (a transfer).
   *
   * @throws CallControlException when the phone system cannot (the default: not supported)
   */
  default void dropAgent(CallId caller, String agentEndpoint) {
    throw new CallControlException(
        caller, network() + " cannot take an agent off a call (no transfers)");
  }

  /**
   * Whether this network carries out {@link CallCommand.CapturePayment} itself (a payment connector
   * configured on the phone system, Twilio's {@code <Pay>}). When false (the default) the core asks
   * for card and bank digits with masked {@link CallCommand.Collect}s instead.
   */
  default boolean capturesPayments() {
    return false;
  }

  /**
   * Places an outbound call to a customer (a callback). What happens comes back as events on the
   * returned call: {@link CallEvent.CallAnswered} when the customer answers, or {@link
   * CallEvent.CallEnded} with {@link CallEvent.EndReason#NOT_ANSWERED} or {@link
   * CallEvent.EndReason#LOST_BY_NETWORK}. An answered callback is then connected to an agent with
   * {@link #connectAgent}, like an inbound caller.
   *
   * @param to the customer's number
   * @param callerId the number the customer sees (the utility's)
   * @param language the customer's language, for anything the phone system says
   * @return the new call's id, known before it is answered
   * @throws CallControlException when the phone system refuses to place it
   */
  default CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    throw new CallControlException(
        network() + " cannot place outbound calls (callbacks are not supported on it)");
  }
}
