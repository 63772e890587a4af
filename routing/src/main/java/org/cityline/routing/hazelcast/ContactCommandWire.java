package org.cityline.routing.hazelcast;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactNote;
import org.cityline.routing.Disposition;
import org.cityline.routing.QueueId;

/**
 * A {@link ContactCommand} flattened for the trip to the member that owns the contact: the
 * command's name and its fields as plain values (instants as epoch nanoseconds, absent values
 * null): {@code agent} the agent acting, {@code other} a second name (a call, a queue, an agent, a
 * number, a destination), {@code number} a visit, priority or count, {@code number2} a queue's
 * priority, {@code until} a deadline, {@code text} a reason or note, {@code text2} a note. Adding a
 * command means one case in {@link #of} (the compiler insists) and one in {@link #command}.
 */
record ContactCommandWire(
    String kind,
    String agent,
    String other,
    int number,
    int number2,
    long at,
    long until,
    String text,
    String text2)
    implements java.io.Serializable {

  static ContactCommandWire of(ContactCommand command) {
    return switch (command) {
      case ContactCommand.Offer c ->
          wire("Offer", c.agent(), null, c.visit(), 0, c.at(), c.expiresAt(), null, null);
      case ContactCommand.Accept c ->
          wire("Accept", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.ReturnToQueue c ->
          wire("ReturnToQueue", c.agent(), null, 0, 0, c.at(), null, c.why().name(), null);
      case ContactCommand.Hold c -> wire("Hold", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.Resume c ->
          wire("Resume", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.HangUp c ->
          wire("HangUp", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.CallEnded c ->
          wire("CallEnded", null, c.call().toString(), 0, 0, c.at(), null, c.reason().name(), null);
      case ContactCommand.FinishWrapUp c ->
          wire(
              "FinishWrapUp",
              c.agent(),
              null,
              0,
              0,
              c.disposition().at(),
              null,
              c.disposition().code(),
              c.disposition().note());
      case ContactCommand.RequestCallback c ->
          wire("RequestCallback", null, c.number().e164(), 0, 0, c.at(), null, null, null);
      case ContactCommand.CallbackDialed c ->
          wire("CallbackDialed", c.agent(), c.call().toString(), 0, 0, c.at(), null, null, null);
      case ContactCommand.CallbackAnswered c ->
          wire("CallbackAnswered", null, c.call().toString(), 0, 0, c.at(), null, null, null);
      case ContactCommand.CallbackNotAnswered c ->
          wire(
              "CallbackNotAnswered",
              null,
              null,
              c.mostAttempts(),
              0,
              c.at(),
              c.retryAt(),
              c.why(),
              null);
      case ContactCommand.Overflow c ->
          wire(
              "Overflow",
              null,
              c.target().value(),
              c.visit(),
              c.targetPriority(),
              c.at(),
              null,
              null,
              null);
      case ContactCommand.OverflowOut c ->
          wire("OverflowOut", null, c.destination(), c.visit(), 0, c.at(), null, null, null);
      case ContactCommand.TransferToQueue c ->
          wire(
              "TransferToQueue",
              c.agent(),
              c.target().value(),
              0,
              c.targetPriority(),
              c.at(),
              null,
              c.note().map(ContactNote::text).orElse(null),
              null);
      case ContactCommand.TransferToAgent c ->
          wire(
              "TransferToAgent",
              c.from(),
              c.to().value(),
              0,
              0,
              c.at(),
              c.expiresAt(),
              c.note().map(ContactNote::text).orElse(null),
              null);
      case ContactCommand.StartConsult c ->
          wire(
              "StartConsult",
              c.from(),
              c.to().value(),
              0,
              0,
              c.at(),
              c.expiresAt(),
              c.note(),
              null);
      case ContactCommand.AcceptConsult c ->
          wire("AcceptConsult", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.CompleteTransfer c ->
          wire("CompleteTransfer", c.from(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.EndConsult c ->
          wire("EndConsult", c.by().orElse(null), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.JoinConference c ->
          wire("JoinConference", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.SplitConference c ->
          wire("SplitConference", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.LeaveConference c ->
          wire("LeaveConference", c.agent(), null, 0, 0, c.at(), null, null, null);
      case ContactCommand.ChangePriority c ->
          wire("ChangePriority", null, null, c.priority(), 0, c.at(), null, null, null);
      case ContactCommand.MoveToQueue c ->
          wire(
              "MoveToQueue",
              null,
              c.target().value(),
              c.visit(),
              c.targetPriority(),
              c.at(),
              null,
              null,
              null);
    };
  }

  private static ContactCommandWire wire(
      String kind,
      AgentId agent,
      String other,
      int number,
      int number2,
      Instant at,
      Instant until,
      String text,
      String text2) {
    return new ContactCommandWire(
        kind,
        agent == null ? null : agent.value(),
        other,
        number,
        number2,
        Epoch.nanos(at),
        until == null ? 0 : Epoch.nanos(until),
        text,
        text2);
  }

  ContactCommand command() {
    Instant when = Epoch.instant(at);
    Instant deadline = Epoch.instant(until);
    return switch (kind) {
      case "Offer" -> new ContactCommand.Offer(agentId(), number, when, deadline);
      case "Accept" -> new ContactCommand.Accept(agentId(), when);
      case "ReturnToQueue" ->
          new ContactCommand.ReturnToQueue(
              agentId(), ContactCommand.ReturnToQueue.Why.valueOf(text), when);
      case "Hold" -> new ContactCommand.Hold(agentId(), when);
      case "Resume" -> new ContactCommand.Resume(agentId(), when);
      case "HangUp" -> new ContactCommand.HangUp(agentId(), when);
      case "CallEnded" ->
          new ContactCommand.CallEnded(CallId.parse(other), EndReason.valueOf(text), when);
      case "FinishWrapUp" ->
          new ContactCommand.FinishWrapUp(agentId(), new Disposition(text, text2, when));
      case "RequestCallback" -> new ContactCommand.RequestCallback(new PhoneNumber(other), when);
      case "CallbackDialed" ->
          new ContactCommand.CallbackDialed(agentId(), CallId.parse(other), when);
      case "CallbackAnswered" -> new ContactCommand.CallbackAnswered(CallId.parse(other), when);
      case "CallbackNotAnswered" ->
          new ContactCommand.CallbackNotAnswered(text, when, deadline, number);
      case "Overflow" -> new ContactCommand.Overflow(new QueueId(other), number2, number, when);
      case "OverflowOut" -> new ContactCommand.OverflowOut(other, number, when);
      case "TransferToQueue" ->
          new ContactCommand.TransferToQueue(
              agentId(), new QueueId(other), number2, note(when), when);
      case "TransferToAgent" ->
          new ContactCommand.TransferToAgent(
              agentId(), new AgentId(other), note(when), when, deadline);
      case "StartConsult" ->
          new ContactCommand.StartConsult(agentId(), new AgentId(other), text, when, deadline);
      case "AcceptConsult" -> new ContactCommand.AcceptConsult(agentId(), when);
      case "CompleteTransfer" -> new ContactCommand.CompleteTransfer(agentId(), when);
      case "EndConsult" ->
          new ContactCommand.EndConsult(Optional.ofNullable(agent).map(AgentId::new), when);
      case "JoinConference" -> new ContactCommand.JoinConference(agentId(), when);
      case "SplitConference" -> new ContactCommand.SplitConference(agentId(), when);
      case "LeaveConference" -> new ContactCommand.LeaveConference(agentId(), when);
      case "ChangePriority" -> new ContactCommand.ChangePriority(number, when);
      case "MoveToQueue" ->
          new ContactCommand.MoveToQueue(new QueueId(other), number2, number, when);
      default ->
          throw new IllegalStateException(
              "unknown contact command '"
                  + kind
                  + "': are all members on the same Cityline version?");
    };
  }

  private Optional<ContactNote> note(Instant when) {
    return text == null ? Optional.empty() : Optional.of(new ContactNote(agentId(), text, when));
  }

  private AgentId agentId() {
    return new AgentId(agent);
  }

  /** Never the notes. */
  @Override
  public String toString() {
    return "ContactCommandWire[" + kind + ", " + agent + "]";
  }
}
