package org.cityline.routing;

import static org.cityline.routing.ContactState.CONNECTED;
import static org.cityline.routing.ContactState.OFFERED;
import static org.cityline.routing.ContactState.ON_HOLD;
import static org.cityline.routing.ContactState.QUEUED;
import static org.cityline.routing.ContactState.WRAP_UP;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.call.CallEvent.EndReason;

/**
 * A change to one contact, as data. {@link #applyTo} is a pure function that stores run atomically
 * on the contact's entry: of two agents racing for one contact, exactly one {@link Offer} is
 * applied; an ended contact refuses everything, so it ends exactly once.
 *
 * <p>Lifecycle: QUEUED → OFFERED → CONNECTED ⇄ ON_HOLD → WRAP_UP → ENDED; an offer that is
 * rejected, rings out or fails returns to QUEUED; a caller who hangs up while QUEUED or OFFERED
 * ends the contact as abandoned.
 */
public sealed interface ContactCommand {

  /** How many failed attempts to connect an agent's phone a contact survives before it fails. */
  int MOST_CONNECT_FAILURES = 3;

  /** The contact after the command, or why it is refused. */
  Change<Contact> applyTo(Contact contact);

  /** Routing offers the contact, on its {@code visit} to the queue, to an agent. */
  record Offer(AgentId agent, int visit, Instant at, Instant expiresAt) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != QUEUED || contact.visit() != visit) {
        return Change.refused("contact " + contact.id() + " is no longer waiting");
      }
      if (contact.declinedBy().contains(agent)) {
        return Change.refused(agent + " has rejected contact " + contact.id());
      }
      return Change.applied(contact, contact.offeredTo(agent, expiresAt));
    }
  }

  /** The agent takes the offer before it rings out. */
  record Accept(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != OFFERED || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not being offered to you.");
      }
      if (!at.isBefore(contact.offerExpiresAt().orElseThrow())) {
        return Change.refused("The offer of contact " + contact.id() + " has timed out.");
      }
      return Change.applied(contact, contact.connected(at));
    }
  }

  /** The contact goes back to the front of its queue, for a reason. */
  record ReturnToQueue(AgentId agent, Why why, Instant at) implements ContactCommand {

    /** Why it goes back. */
    public enum Why {
      /** The agent rejected the offer; it is not offered to them again. */
      REJECTED(Set.of(OFFERED)),
      /** The offer rang out (only once its expiry has passed). */
      RANG_OUT(Set.of(OFFERED)),
      /** The agent's phone leg failed (no answer, busy, a failure). */
      AGENT_LEG_FAILED(Set.of(OFFERED, CONNECTED, ON_HOLD)),
      /** Routing could not complete the offer or the accept and undoes it. */
      CANCELLED(Set.of(OFFERED, CONNECTED)),
      /**
       * Connecting the agent's phone failed: the contact returns, unless it failed too often or the
       * call is already over, when it ends as failed.
       */
      CONNECT_FAILED(Set.of(CONNECTED, ON_HOLD, WRAP_UP));

      private final Set<ContactState> from;

      Why(Set<ContactState> from) {
        this.from = from;
      }
    }

    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!why.from.contains(contact.state()) || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not with you.");
      }
      return switch (why) {
        case REJECTED ->
            Change.applied(contact, contact.requeued(Optional.of(agent), contact.failedConnects()));
        case RANG_OUT ->
            at.isBefore(contact.offerExpiresAt().orElseThrow())
                ? Change.refused("the offer of contact " + contact.id() + " has not rung out yet")
                : Change.applied(
                    contact, contact.requeued(Optional.empty(), contact.failedConnects()));
        case AGENT_LEG_FAILED, CANCELLED ->
            Change.applied(contact, contact.requeued(Optional.empty(), contact.failedConnects()));
        case CONNECT_FAILED -> connectFailed(contact);
      };
    }

    private Change<Contact> connectFailed(Contact contact) {
      int failures = contact.failedConnects() + 1;
      if (contact.state() == WRAP_UP || failures >= MOST_CONNECT_FAILURES) {
        return Change.applied(contact, contact.ended(ContactOutcome.FAILED, at, Optional.empty()));
      }
      return Change.applied(contact, contact.requeued(Optional.empty(), failures));
    }
  }

  /** The agent puts the caller on hold. */
  record Hold(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() == ON_HOLD && contact.isWith(agent)) {
        return Change.refused("The caller is already on hold.");
      }
      if (contact.state() != CONNECTED || !contact.isWith(agent)) {
        return Change.refused("You are not talking to contact " + contact.id() + ".");
      }
      return Change.applied(contact, contact.in(ON_HOLD));
    }
  }

  /** The agent takes the caller off hold. */
  record Resume(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != ON_HOLD || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not on hold with you.");
      }
      return Change.applied(contact, contact.in(CONNECTED));
    }
  }

  /** The agent ends the call; wrap-up begins. */
  record HangUp(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if ((contact.state() != CONNECTED && contact.state() != ON_HOLD) || !contact.isWith(agent)) {
        return Change.refused("You are not on a call with contact " + contact.id() + ".");
      }
      return Change.applied(contact, contact.in(WRAP_UP));
    }
  }

  /**
   * The caller's call ended: a waiting or ringing contact ends (abandoned when the caller hung up,
   * failed when the network lost the call); a connected one goes to wrap-up.
   */
  record CallEnded(EndReason reason, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      return switch (contact.state()) {
        case QUEUED, OFFERED ->
            Change.applied(
                contact,
                contact.ended(
                    reason == EndReason.CALLER_HUNG_UP
                        ? ContactOutcome.ABANDONED
                        : ContactOutcome.FAILED,
                    at,
                    Optional.empty()));
        case CONNECTED, ON_HOLD -> Change.applied(contact, contact.in(WRAP_UP));
        case WRAP_UP, ENDED ->
            Change.refused("the call of contact " + contact.id() + " had already ended");
      };
    }
  }

  /** The agent finishes wrap-up: the contact ends, answered. */
  record FinishWrapUp(AgentId agent, Disposition disposition) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != WRAP_UP || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not in wrap-up with you.");
      }
      return Change.applied(
          contact,
          contact.ended(ContactOutcome.ANSWERED, disposition.at(), Optional.of(disposition)));
    }
  }
}
