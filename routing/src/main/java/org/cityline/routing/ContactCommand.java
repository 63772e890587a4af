package org.cityline.routing;

import static org.cityline.routing.ContactState.CONNECTED;
import static org.cityline.routing.ContactState.OFFERED;
import static org.cityline.routing.ContactState.ON_HOLD;
import static org.cityline.routing.ContactState.QUEUED;
import static org.cityline.routing.ContactState.WRAP_UP;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;

/**
 * A change to one contact, as data. {@link #applyTo} is a pure function that stores run atomically
 * on the contact's entry: of two agents racing for one contact, exactly one {@link Offer} is
 * applied; an ended contact refuses everything, so it ends exactly once.
 *
 * <p>Lifecycle: QUEUED → OFFERED → CONNECTED ⇄ ON_HOLD → WRAP_UP → ENDED; an offer that is
 * rejected, rings out or fails returns to QUEUED; a caller who hangs up while QUEUED or OFFERED
 * ends the contact as abandoned (unless they asked for a callback); a transfer to a queue returns
 * it to QUEUED elsewhere, a transfer to an agent offers it to them.
 */
public sealed interface ContactCommand {

  /** How many failed attempts to connect an agent's phone a contact survives before it fails. */
  int MOST_CONNECT_FAILURES = 3;

  /** The contact after the command, or why it is refused. */
  Change<Contact> applyTo(Contact contact);

  /** Routing offers the contact, on its {@code visit}, to an agent. */
  record Offer(AgentId agent, int visit, Instant at, Instant expiresAt) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != QUEUED || contact.visit() != visit) {
        return Change.refused("contact " + contact.id() + " is no longer waiting");
      }
      if (contact.declinedBy().contains(agent)) {
        return Change.refused(agent + " has rejected contact " + contact.id());
      }
      if (contact.callback().filter(callback -> !callback.due(at)).isPresent()) {
        return Change.refused("the callback of contact " + contact.id() + " is not due yet");
      }
      return applied(
          contact,
          contact.change().state(OFFERED).agent(Optional.of(agent)).offerExpiresAt(expiresAt));
    }
  }

  /**
   * The agent takes the offer before it rings out; a callback whose customer nobody has talked to
   * yet starts dialing them.
   */
  record Accept(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != OFFERED || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not being offered to you.");
      }
      if (!at.isBefore(contact.offerExpiresAt().orElseThrow())) {
        return Change.refused("The offer of contact " + contact.id() + " has timed out.");
      }
      Contact.Builder connected = contact.change().state(CONNECTED).connectedAt(Optional.of(at));
      boolean dial = contact.isCallback() && contact.answeredAt().isEmpty();
      return applied(
          contact,
          dial
              ? connected.callback(contact.callback().map(Callback::startDialing))
              : connected.answeredAt(at).answerCounted());
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
      if (contact.consult().isPresent()
          || contact.callback().filter(Callback::dialing).isPresent()) {
        return Change.refused("Contact " + contact.id() + " is being transferred or dialed.");
      }
      Contact.Builder back = contact.change().requeued().connectedAt(Optional.empty());
      return switch (why) {
        case REJECTED -> applied(contact, back.declinedAlso(agent));
        case RANG_OUT ->
            at.isBefore(contact.offerExpiresAt().orElseThrow())
                ? Change.refused("the offer of contact " + contact.id() + " has not rung out yet")
                : applied(contact, back);
        case AGENT_LEG_FAILED, CANCELLED -> applied(contact, back);
        case CONNECT_FAILED -> connectFailed(contact, back);
      };
    }

    private Change<Contact> connectFailed(Contact contact, Contact.Builder back) {
      int failures = contact.failedConnects() + 1;
      if (contact.state() == WRAP_UP || failures >= MOST_CONNECT_FAILURES) {
        return applied(
            contact,
            contact
                .change()
                .failedConnects(failures)
                .ended(ContactOutcome.FAILED, at)
                .endReason("the phone system could not connect an agent " + failures + " times"));
      }
      return applied(contact, back.failedConnects(failures));
    }
  }

  /** The agent puts the caller on hold. */
  record Hold(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() == ON_HOLD && contact.isWith(agent)) {
        return Change.refused("The caller is already on hold.");
      }
      if (contact.inConference()) {
        return Change.refused(
            "Contact " + contact.id() + " is in a conference; leave it instead of holding.");
      }
      if (contact.state() != CONNECTED || !contact.isWith(agent) || dialing(contact)) {
        return Change.refused("You are not talking to contact " + contact.id() + ".");
      }
      return applied(contact, contact.change().state(ON_HOLD));
    }
  }

  /** The agent takes the caller off hold. */
  record Resume(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != ON_HOLD || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not on hold with you.");
      }
      if (contact.consult().isPresent()) {
        return Change.refused("Complete or cancel the transfer of contact " + contact.id() + ".");
      }
      return applied(contact, contact.change().state(CONNECTED));
    }
  }

  /** The agent ends the call; wrap-up begins. */
  record HangUp(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if ((contact.state() != CONNECTED && contact.state() != ON_HOLD) || !contact.isWith(agent)) {
        return Change.refused("You are not on a call with contact " + contact.id() + ".");
      }
      if (contact.consult().isPresent()) {
        return Change.refused("Complete or cancel the transfer of contact " + contact.id() + ".");
      }
      if (dialing(contact)) {
        return Change.refused("The customer's phone is still ringing; wait for them to answer.");
      }
      return applied(contact, contact.change().state(WRAP_UP));
    }
  }

  /**
   * The contact's call ended: a waiting or ringing contact ends (abandoned when the caller hung up,
   * failed when the network lost the call), unless it is a callback, which keeps its place; a
   * connected one goes to wrap-up. An end of another call (an old leg) is refused.
   */
  record CallEnded(CallId call, EndReason reason, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!contact.call().equals(call)) {
        return Change.refused("call " + call + " is not contact " + contact.id() + "'s call");
      }
      return switch (contact.state()) {
        case QUEUED, OFFERED ->
            contact.isCallback()
                ? applied(contact, contact.change())
                : applied(
                    contact,
                    reason == EndReason.CALLER_HUNG_UP
                        ? contact.change().ended(ContactOutcome.ABANDONED, at)
                        : contact
                            .change()
                            .ended(ContactOutcome.FAILED, at)
                            .endReason("the call ended: " + reason));
        case CONNECTED, ON_HOLD ->
            dialing(contact)
                ? Change.refused("the callback of contact " + contact.id() + " was not answered")
                : applied(contact, contact.change().state(WRAP_UP).consult(Optional.empty()));
        case WRAP_UP, ContactState.ENDED ->
            Change.refused("the call of contact " + contact.id() + " had already ended");
      };
    }
  }

  /**
   * Wrap-up is over: the contact ends, answered (a callback: completed). The agent finished it with
   * a disposition, or routing closed it at its deadline with a system disposition.
   */
  record FinishWrapUp(AgentId agent, Disposition disposition) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != WRAP_UP || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not in wrap-up with you.");
      }
      return applied(
          contact,
          contact
              .change()
              .disposition(disposition)
              .ended(
                  contact.isCallback()
                      ? ContactOutcome.CALLBACK_COMPLETED
                      : ContactOutcome.ANSWERED,
                  disposition.at()));
    }
  }

  /** The waiting caller asks to be called back at {@code number}; the contact keeps its place. */
  record RequestCallback(PhoneNumber number, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.isCallback()) {
        return Change.refused(
            "A callback to "
                + contact.callback().get().number().lastFour()
                + " is already arranged.");
      }
      if (contact.state() != QUEUED) {
        return Change.refused("Contact " + contact.id() + " is not waiting in a queue.");
      }
      return applied(contact, contact.change().callback(Optional.of(Callback.requested(number))));
    }
  }

  /** The phone system placed the callback's call. */
  record CallbackDialed(AgentId agent, CallId call, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!dialing(contact) || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not a callback being dialed.");
      }
      return applied(contact, contact.change().call(call));
    }
  }

  /** The customer answered the callback: the agent talks to them from now. */
  record CallbackAnswered(CallId call, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!dialing(contact) || !contact.call().equals(call)) {
        return Change.refused("Contact " + contact.id() + " is not dialing call " + call + ".");
      }
      return applied(
          contact,
          contact
              .change()
              .callback(contact.callback().map(Callback::answered))
              .answeredAt(at)
              .answerCounted()
              .connectedAt(Optional.of(at)));
    }
  }

  /**
   * The customer did not answer the callback: it waits again (not offered before {@code retryAt},
   * at its old place), or after {@code mostAttempts} calls it ends as failed.
   */
  record CallbackNotAnswered(String why, Instant at, Instant retryAt, int mostAttempts)
      implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!dialing(contact)) {
        return Change.refused("Contact " + contact.id() + " is not a callback being dialed.");
      }
      Callback callback = contact.callback().orElseThrow().notAnswered(retryAt);
      if (callback.attempts() >= mostAttempts) {
        return applied(
            contact,
            contact
                .change()
                .callback(Optional.of(callback))
                .ended(ContactOutcome.FAILED, at)
                .endReason(
                    "callback not answered after " + callback.attempts() + " calls (" + why + ")"));
      }
      return applied(
          contact,
          contact
              .change()
              .requeued()
              .connectedAt(Optional.empty())
              .call(contact.request().call())
              .callback(Optional.of(callback)));
    }
  }

  /**
   * The contact waited too long in its queue and moves to another: it keeps its arrival and its
   * place by waiting time; escalations and the new queue's figures count from now.
   */
  record Overflow(QueueId target, int targetPriority, int visit, Instant at)
      implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != QUEUED || contact.visit() != visit) {
        return Change.refused("contact " + contact.id() + " is no longer waiting");
      }
      return applied(
          contact,
          contact
              .change()
              .queue(target)
              .priority(Math.max(contact.priority(), targetPriority))
              .queuedAt(at)
              .nextVisit()
              .declinedBy(Set.of()));
    }
  }

  /** The contact waited too long and is sent out of the center (it ends, overflowed out). */
  record OverflowOut(String destination, int visit, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.state() != QUEUED || contact.visit() != visit) {
        return Change.refused("contact " + contact.id() + " is no longer waiting");
      }
      if (contact.isCallback()) {
        return Change.refused("a callback stays in the center");
      }
      return applied(
          contact,
          contact
              .change()
              .ended(ContactOutcome.OVERFLOWED_OUT, at)
              .endReason("overflowed to " + destination));
    }
  }

  /**
   * The agent transfers the contact to a queue (blind): it waits there as a new arrival, with its
   * notes and its original arrival time.
   */
  record TransferToQueue(
      AgentId agent, QueueId target, int targetPriority, Optional<ContactNote> note, Instant at)
      implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      Optional<String> refusal = transferable(contact, agent);
      if (refusal.isPresent()) {
        return Change.refused(refusal.get());
      }
      return applied(
          contact,
          contact
              .change()
              .requeued()
              .queue(target)
              .priority(Math.max(contact.priority(), targetPriority))
              .waitingSince(at)
              .queuedAt(at)
              .declinedBy(Set.of())
              .connectedAt(Optional.empty())
              .transferred()
              .note(note));
    }
  }

  /**
   * The agent transfers the contact to another agent (blind): it is offered to them now. It keeps
   * its queue, {@code waitingSince} and {@code queuedAt}, so if the target rejects it or lets it
   * ring out it waits at the front of its queue, and its queue's figures count it as before.
   */
  record TransferToAgent(
      AgentId from, AgentId to, Optional<ContactNote> note, Instant at, Instant expiresAt)
      implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      Optional<String> refusal =
          transferableTo(contact, from, to, "Transfer the contact to someone else.");
      if (refusal.isPresent()) {
        return Change.refused(refusal.get());
      }
      return applied(
          contact,
          contact
              .change()
              .nextVisit()
              .state(OFFERED)
              .agent(Optional.of(to))
              .offerExpiresAt(expiresAt)
              .declinedBy(Set.of())
              .connectedAt(Optional.empty())
              .transferred()
              .note(note));
    }
  }

  /** The agent puts the caller on hold and consults another agent (a warm transfer starts). */
  record StartConsult(AgentId from, AgentId to, String note, Instant at, Instant expiresAt)
      implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      Optional<String> refusal = transferableTo(contact, from, to, "Consult someone else.");
      if (refusal.isPresent()) {
        return Change.refused(refusal.get());
      }
      return applied(
          contact,
          contact
              .change()
              .state(ON_HOLD)
              .consult(Optional.of(new Consult(to, note, expiresAt, false))));
    }
  }

  /** The consulted agent takes the consult before it rings out. */
  record AcceptConsult(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      Optional<Consult> consult = contact.consult().filter(c -> c.agent().equals(agent));
      if (consult.isEmpty() || consult.get().accepted()) {
        return Change.refused("Contact " + contact.id() + " is not being transferred to you.");
      }
      if (!at.isBefore(consult.get().expiresAt())) {
        return Change.refused("The transfer of contact " + contact.id() + " has timed out.");
      }
      return applied(contact, contact.change().consult(Optional.of(consult.get().taken())));
    }
  }

  /** The transferring agent completes the warm transfer: the consulted agent has the caller. */
  record CompleteTransfer(AgentId from, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      Optional<Consult> consult = contact.consult();
      if (!contact.isWith(from) || consult.isEmpty()) {
        return Change.refused("You are not transferring contact " + contact.id() + ".");
      }
      if (!consult.get().accepted()) {
        return Change.refused(
            consult.get().agent() + " has not taken the transfer yet; wait or cancel it.");
      }
      if (contact.inConference()) {
        return Change.refused(inConference(contact));
      }
      return applied(contact, handedOver(contact, from, at));
    }
  }

  /**
   * A warm transfer ends without completing: the transferring agent cancelled it, the consulted
   * agent declined or hung up, or (asked by routing, {@code by} empty) it rang out. The caller
   * stays on hold with the first agent.
   */
  record EndConsult(Optional<AgentId> by, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      Optional<Consult> consult = contact.consult();
      if (consult.isEmpty()) {
        return Change.refused("Contact " + contact.id() + " is not being transferred.");
      }
      boolean mayEnd =
          by.isEmpty()
              ? !consult.get().accepted() && !at.isBefore(consult.get().expiresAt())
              : contact.isWith(by.get()) || consult.get().agent().equals(by.get());
      if (!mayEnd) {
        return Change.refused("You are not part of the transfer of contact " + contact.id() + ".");
      }
      if (contact.inConference()) {
        return Change.refused(inConference(contact));
      }
      return applied(contact, contact.change().consult(Optional.empty()));
    }
  }

  /**
   * The agent who consulted brings the held caller into the consult: a conference of three, the
   * caller connected with both agents. Only once the consulted agent has taken the consult.
   */
  record JoinConference(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!contact.isWith(agent) || (contact.state() != ON_HOLD && contact.state() != CONNECTED)) {
        return Change.refused("You are not on a call with contact " + contact.id() + ".");
      }
      Optional<Consult> consult = contact.consult();
      if (consult.isEmpty()) {
        return Change.refused(
            "You are not consulting anyone about contact "
                + contact.id()
                + "; start a warm transfer first.");
      }
      if (contact.inConference()) {
        return Change.refused("Contact " + contact.id() + " is already in a conference.");
      }
      if (!consult.get().accepted()) {
        return Change.refused(
            consult.get().agent() + " has not taken the consult yet; wait or cancel it.");
      }
      return applied(contact, contact.change().state(CONNECTED));
    }
  }

  /**
   * Undoes {@link JoinConference} (the phone system could not bridge the three): the caller is held
   * again and the consult goes on.
   */
  record SplitConference(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!contact.inConference() || !contact.isWith(agent)) {
        return Change.refused("Contact " + contact.id() + " is not in a conference of yours.");
      }
      return applied(contact, contact.change().state(ON_HOLD));
    }
  }

  /**
   * One agent leaves the conference; the caller stays connected with the other. When the agent who
   * had the contact leaves, the consulted agent has it from now (as a completed warm transfer, for
   * the statistics too); when the consulted agent leaves, the contact stays with the first.
   */
  record LeaveConference(AgentId agent, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (!contact.inConference()) {
        return Change.refused("Contact " + contact.id() + " is not in a conference.");
      }
      if (contact.isWith(agent)) {
        return applied(contact, handedOver(contact, agent, at));
      }
      if (contact.consult().orElseThrow().agent().equals(agent)) {
        return applied(contact, contact.change().consult(Optional.empty()));
      }
      return Change.refused("You are not in the conference on contact " + contact.id() + ".");
    }
  }

  /** A supervisor changes a waiting contact's priority (0 to 100). */
  record ChangePriority(int priority, Instant at) implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (priority < 0 || priority > 100) {
        return Change.refused("A priority is 0 to 100, was " + priority + ".");
      }
      if (contact.state() != QUEUED) {
        return Change.refused("Contact " + contact.id() + " is not waiting in a queue.");
      }
      return applied(contact, contact.change().priority(priority));
    }
  }

  /** A supervisor moves a waiting contact to another queue; it keeps its place by waiting time. */
  record MoveToQueue(QueueId target, int targetPriority, int visit, Instant at)
      implements ContactCommand {
    @Override
    public Change<Contact> applyTo(Contact contact) {
      if (contact.queue().equals(target)) {
        return Change.refused("Contact " + contact.id() + " already waits in " + target + ".");
      }
      return new Overflow(target, targetPriority, visit, at).applyTo(contact);
    }
  }

  /** The consulted agent has the caller now, connected, with the consult's note kept. */
  private static Contact.Builder handedOver(Contact contact, AgentId from, Instant at) {
    Consult consult = contact.consult().orElseThrow();
    Optional<ContactNote> note =
        consult.note().isEmpty()
            ? Optional.empty()
            : Optional.of(new ContactNote(from, consult.note(), at));
    return contact
        .change()
        .state(CONNECTED)
        .agent(Optional.of(consult.agent()))
        .consult(Optional.empty())
        .connectedAt(Optional.of(at))
        .transferred()
        .note(note);
  }

  private static String inConference(Contact contact) {
    return "Contact " + contact.id() + " is in a conference; leave it instead.";
  }

  private static boolean dialing(Contact contact) {
    return contact.callback().filter(Callback::dialing).isPresent();
  }

  private static Optional<String> transferable(Contact contact, AgentId agent) {
    if ((contact.state() != CONNECTED && contact.state() != ON_HOLD) || !contact.isWith(agent)) {
      return Optional.of("You are not on a call with contact " + contact.id() + ".");
    }
    if (contact.consult().isPresent()) {
      return Optional.of("Contact " + contact.id() + " is already being transferred.");
    }
    if (dialing(contact)) {
      return Optional.of("The customer's phone is still ringing.");
    }
    return Optional.empty();
  }

  /** {@link #transferable}, and not to the agent who has it ({@code toSelf} says so). */
  private static Optional<String> transferableTo(
      Contact contact, AgentId from, AgentId to, String toSelf) {
    return transferable(contact, from)
        .or(() -> from.equals(to) ? Optional.of(toSelf) : Optional.empty());
  }

  private static Change<Contact> applied(Contact before, Contact.Builder after) {
    return Change.applied(before, after.build());
  }
}
