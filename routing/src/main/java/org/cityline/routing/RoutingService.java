package org.cityline.routing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;

/**
 * The routing core as the IVR, the telephony adapters and the desktop use it.
 *
 * <p>Methods may block briefly (they change cluster-wide state): call them from virtual threads,
 * workers or UI request threads, never from an event loop. Expected refusals come back as {@link
 * RoutingResult.Refused}; exceptions mean something broke.
 */
public interface RoutingService {

  /** Puts a caller in a queue; matching starts at once. */
  RoutingResult enqueue(ContactRequest request);

  /**
   * Tells routing what happened to a caller's call leg: it ended (a waiting contact is abandoned, a
   * connected one goes to wrap-up), or an agent's leg failed (the contact returns to the front of
   * its queue). Events for calls routing does not know are ignored.
   */
  void onCallEvent(CallEvent event);

  /** Signs an agent in to routing; they start {@link AgentState#AWAY} until made available. */
  RoutingResult signIn(AgentId agent);

  /** Signs an agent out; refused while the agent has a contact on a line. */
  RoutingResult signOut(AgentId agent);

  /** The agent is ready for contacts. */
  RoutingResult makeAvailable(AgentId agent);

  /** The agent steps away. */
  RoutingResult goAway(AgentId agent, AwayReason reason);

  /** The agent takes the contact offered to them; the caller is connected to their phone. */
  RoutingResult accept(AgentId agent, ContactId contact);

  /** The agent turns the offer down; the contact goes back to the front of its queue. */
  RoutingResult reject(AgentId agent, ContactId contact);

  /** The agent puts the caller on hold. */
  RoutingResult hold(AgentId agent, ContactId contact);

  /** The agent takes the caller off hold. */
  RoutingResult resume(AgentId agent, ContactId contact);

  /** The agent ends the call; the agent goes to wrap-up for this contact. */
  RoutingResult hangUp(AgentId agent, ContactId contact);

  /**
   * The agent finishes wrap-up with a disposition and a note, which are stored and audited; the
   * agent becomes available again (or stays on other lines).
   */
  RoutingResult finishWrapUp(AgentId agent, ContactId contact, String disposition, String note);

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
   * head an agent is reserved and the phone system calls the customer.
   */
  default RoutingResult requestCallback(ContactId contact, PhoneNumber number) {
    return RoutingResult.refused("Callbacks are not available.");
  }

  /** An agent's current state and lines, if signed in. */
  Optional<AgentSnapshot> agent(AgentId agent);

  /** A live contact, if routing knows it. */
  Optional<ContactSnapshot> contact(ContactId contact);

  /** The live contact on a call, if any. */
  Optional<ContactSnapshot> contactForCall(CallId call);

  /** Every queue's live figures. */
  List<QueueSnapshot> queues();

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
