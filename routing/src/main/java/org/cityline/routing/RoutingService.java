package org.cityline.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.call.MonitorMode;

/**
 * The routing core as the IVR, the telephony adapters and the desktop use it.
 *
 * <p>Methods may block briefly (they change cluster-wide state): call them from virtual threads,
 * workers or UI request threads, never from an event loop. Expected refusals come back as {@link
 * RoutingResult.Refused}; exceptions mean something broke. Methods added after the foundation are
 * default methods that refuse, so fakes written against the foundation keep compiling.
 */
public interface RoutingService {

  /** Puts a caller in a queue; matching starts at once. */
  RoutingResult enqueue(ContactRequest request);

  /**
   * Tells routing what happened to a call: it ended (a waiting contact is abandoned, a connected
   * one goes to wrap-up, a callback's unanswered call is retried), an agent's leg connected or
   * failed (the contact returns to the front of its queue), or a callback's call was answered (the
   * agent is connected). Events for calls routing does not know are ignored.
   */
  void onCallEvent(CallEvent event);

  /** Signs an agent in to routing; they start {@link AgentState#AWAY} until made available. */
  RoutingResult signIn(AgentId agent);

  /** Signs an agent out; refused while the agent has a contact on a line. */
  RoutingResult signOut(AgentId agent);

  /** The agent is ready for contacts. */
  RoutingResult makeAvailable(AgentId agent);

  /**
   * The agent steps away; with calls on their lines, once those are finished (nothing more is
   * offered meanwhile).
   */
  RoutingResult goAway(AgentId agent, AwayReason reason);

  /**
   * The agent takes the contact offered to them (or the warm transfer ringing for them); the caller
   * is connected to their phone, or a callback starts calling the customer.
   */
  RoutingResult accept(AgentId agent, ContactId contact);

  /**
   * The agent turns the offer down; the contact goes back to the front of its queue (a warm
   * transfer goes back to the agent who consulted).
   */
  RoutingResult reject(AgentId agent, ContactId contact);

  /** The agent puts the caller on hold (and may take or place another call on a free line). */
  RoutingResult hold(AgentId agent, ContactId contact);

  /** The agent takes the caller off hold; any other caller must be on hold first. */
  RoutingResult resume(AgentId agent, ContactId contact);

  /**
   * The agent ends the call; the agent goes to wrap-up for this contact (hanging up a consult only
   * ends the consult).
   */
  RoutingResult hangUp(AgentId agent, ContactId contact);

  /**
   * The agent finishes wrap-up with a disposition and a note, which are stored and audited; the
   * line is free again.
   */
  RoutingResult finishWrapUp(AgentId agent, ContactId contact, String disposition, String note);

  /** The agent asks for more wrap-up time than the queue gives (at most 30 minutes from now). */
  default RoutingResult extendWrapUp(AgentId agent, ContactId contact, Duration extra) {
    return RoutingResult.refused("Wrap-up cannot be extended here.");
  }

  /**
   * Where a waiting contact stands (position and estimated wait), for announcements; empty when it
   * is not waiting in a queue.
   */
  default Optional<WaitEstimate> waitEstimate(ContactId contact) {
    return Optional.empty();
  }

  /**
   * The waiting caller asks to be called back at {@code number} and keeps their place: the contact
   * becomes a callback, the caller's call may end without abandoning it, and when it reaches the
   * head an agent is offered it; when the agent accepts, the phone system calls the customer.
   */
  default RoutingResult requestCallback(ContactId contact, PhoneNumber number) {
    return RoutingResult.refused("Callbacks are not available.");
  }

  /**
   * The agent transfers or escalates the contact they are talking to, with a note that travels with
   * it. Blind: the caller goes on at once (to wait in the queue, or offered to the agent) and this
   * agent goes to wrap-up. Warm: the caller is held and the target (the agent, or the first free
   * agent of the queue) is consulted; then {@link #completeTransfer} or {@link #cancelTransfer}.
   */
  default RoutingResult transfer(
      AgentId agent,
      ContactId contact,
      TransferTarget target,
      TransferTarget.Mode mode,
      String note) {
    return RoutingResult.refused("Transfers are not available.");
  }

  /** The consulted agent takes the caller over; this agent goes to wrap-up. */
  default RoutingResult completeTransfer(AgentId agent, ContactId contact) {
    return RoutingResult.refused("Transfers are not available.");
  }

  /** The warm transfer is called off; the caller stays on hold with this agent. */
  default RoutingResult cancelTransfer(AgentId agent, ContactId contact) {
    return RoutingResult.refused("Transfers are not available.");
  }

  /**
   * During a warm transfer whose consulted agent has answered, the agent who consulted brings the
   * held caller in: a conference of three. Both agents stay on the contact (each on their line);
   * either may then {@link #leaveConference leave}. Refused without such a consult, for anyone but
   * the agent who has the caller, and once already a conference.
   */
  default RoutingResult conference(AgentId agent, ContactId contact) {
    return RoutingResult.refused("Conferences are not available.");
  }

  /**
   * The agent leaves the conference and goes to wrap-up; the caller stays with the other agent (who
   * has the contact from then on, as after a warm transfer, when the one leaving had it). Hanging
   * up in a conference does the same.
   */
  default RoutingResult leaveConference(AgentId agent, ContactId contact) {
    return RoutingResult.refused("Conferences are not available.");
  }

  /** A supervisor changes a waiting contact's priority (0 to 100; higher is served first). */
  default RoutingResult changePriority(ContactId contact, int priority) {
    return RoutingResult.refused("Priorities cannot be changed here.");
  }

  /** A supervisor moves a waiting contact to another queue; it keeps its place by waiting time. */
  default RoutingResult moveToQueue(ContactId contact, QueueId queue) {
    return RoutingResult.refused("Contacts cannot be moved here.");
  }

  /** A supervisor offers a waiting contact to one agent now (who must be able to take it). */
  default RoutingResult assign(ContactId contact, AgentId agent) {
    return RoutingResult.refused("Contacts cannot be assigned here.");
  }

  /**
   * A supervisor changes an agent's state for them: available, away for a reason, or signed out
   * ({@link AgentState#AVAILABLE}, {@link AgentState#AWAY} with a reason, {@link
   * AgentState#LOGGED_OUT}).
   */
  default RoutingResult setAgentState(
      AgentId agent, AgentState state, Optional<AwayReason> reason) {
    return RoutingResult.refused("Agents' states cannot be changed here.");
  }

  /** A supervisor changes a signed-in agent's skills (name to level 1 to 5) until they sign out. */
  default RoutingResult changeSkills(AgentId agent, Map<String, Integer> skills) {
    return RoutingResult.refused("Skills cannot be changed here.");
  }

  /**
   * A supervisor listens in on, whispers to or barges into the call an agent is talking on, with
   * the supervisor's own phone (from the staff directory), through the phone system.
   */
  default RoutingResult monitor(AgentId supervisor, AgentId agent, MonitorMode mode) {
    return RoutingResult.refused("Listening in is not available.");
  }

  /** An agent's current state and lines, if signed in. */
  Optional<AgentSnapshot> agent(AgentId agent);

  /** A live contact, if routing knows it. */
  Optional<ContactSnapshot> contact(ContactId contact);

  /** The live contact on a call, if any. */
  Optional<ContactSnapshot> contactForCall(CallId call);

  /** Every queue's live figures. */
  List<QueueSnapshot> queues();

  /** The contacts waiting in a queue, in serving order (at most {@code limit}). */
  default List<ContactSnapshot> waiting(QueueId queue, int limit) {
    return List.of();
  }

  /** The queues as configured now (they may change while running). */
  default List<QueueDefinition> queueDefinitions() {
    return List.of();
  }

  /** Every signed-in agent. */
  List<AgentSnapshot> agents();

  /**
   * The disposition codes an agent chooses from at wrap-up, in the order to show them. (Added with
   * the routing core; the default suits fakes that do not check dispositions.)
   */
  default List<DispositionCode> dispositionCodes() {
    return List.of();
  }

  /**
   * Delivers every routing event (from every node) to the listener until the returned handle is
   * closed. The listener runs on a routing thread: it must return quickly (a UI hands the event to
   * its own thread).
   */
  Subscription subscribe(Consumer<RoutingEvent> listener);

  /** Stops a subscription. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
