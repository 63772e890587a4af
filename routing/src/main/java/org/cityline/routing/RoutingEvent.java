package org.cityline.routing;

import java.time.Instant;
import org.cityline.common.ContactId;

/**
 * What changed in routing, for the desktops and the supervisor's console. Events are notifications:
 * they may arrive more than once or late, so a subscriber shows the snapshot it carries rather than
 * counting events.
 */
public sealed interface RoutingEvent {

  /** A contact is offered to an agent: the agent's screen pops it. */
  record OfferMade(AgentId agent, ContactSnapshot contact, Instant expiresAt)
      implements RoutingEvent {}

  /** An offer ended without the agent accepting it (rejected, rang out, caller hung up). */
  record OfferWithdrawn(AgentId agent, ContactId contact, String reason) implements RoutingEvent {}

  /** A contact changed (queued, connected, held, resumed, wrapping up, ended). */
  record ContactChanged(ContactSnapshot contact) implements RoutingEvent {}

  /** An agent changed state or lines. */
  record AgentChanged(AgentSnapshot agent) implements RoutingEvent {}

  /** A queue's figures changed. */
  record QueueChanged(QueueSnapshot queue) implements RoutingEvent {}
}
