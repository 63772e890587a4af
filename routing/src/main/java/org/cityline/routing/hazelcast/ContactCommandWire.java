package org.cityline.routing.hazelcast;

import java.io.Serializable;
import java.time.Instant;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.Disposition;

/**
 * A {@link ContactCommand} flattened for the trip to the member that owns the contact: the
 * command's class name and its fields as plain values (instants as epoch nanoseconds). Adding a
 * command means one case in {@link #of} (the compiler insists) and one in {@link #command}.
 */
record ContactCommandWire(
    String kind, String agent, int visit, long at, long until, String why, String code, String note)
    implements Serializable {

  static ContactCommandWire of(ContactCommand command) {
    return switch (command) {
      case ContactCommand.Offer offer ->
          new ContactCommandWire(
              "Offer",
              offer.agent().value(),
              offer.visit(),
              Epoch.nanos(offer.at()),
              Epoch.nanos(offer.expiresAt()),
              null,
              null,
              null);
      case ContactCommand.Accept accept -> withAgent("Accept", accept.agent(), accept.at(), null);
      case ContactCommand.ReturnToQueue back ->
          withAgent("ReturnToQueue", back.agent(), back.at(), back.why().name());
      case ContactCommand.Hold hold -> withAgent("Hold", hold.agent(), hold.at(), null);
      case ContactCommand.Resume resume -> withAgent("Resume", resume.agent(), resume.at(), null);
      case ContactCommand.HangUp hangUp -> withAgent("HangUp", hangUp.agent(), hangUp.at(), null);
      case ContactCommand.CallEnded ended ->
          new ContactCommandWire(
              "CallEnded", null, 0, Epoch.nanos(ended.at()), 0, ended.reason().name(), null, null);
      case ContactCommand.FinishWrapUp finish ->
          new ContactCommandWire(
              "FinishWrapUp",
              finish.agent().value(),
              0,
              Epoch.nanos(finish.disposition().at()),
              0,
              null,
              finish.disposition().code(),
              finish.disposition().note());
    };
  }

  private static ContactCommandWire withAgent(String kind, AgentId agent, Instant at, String why) {
    return new ContactCommandWire(kind, agent.value(), 0, Epoch.nanos(at), 0, why, null, null);
  }

  ContactCommand command() {
    Instant when = Epoch.instant(at);
    return switch (kind) {
      case "Offer" -> new ContactCommand.Offer(agentId(), visit, when, Epoch.instant(until));
      case "Accept" -> new ContactCommand.Accept(agentId(), when);
      case "ReturnToQueue" ->
          new ContactCommand.ReturnToQueue(
              agentId(), ContactCommand.ReturnToQueue.Why.valueOf(why), when);
      case "Hold" -> new ContactCommand.Hold(agentId(), when);
      case "Resume" -> new ContactCommand.Resume(agentId(), when);
      case "HangUp" -> new ContactCommand.HangUp(agentId(), when);
      case "CallEnded" -> new ContactCommand.CallEnded(EndReason.valueOf(why), when);
      case "FinishWrapUp" ->
          new ContactCommand.FinishWrapUp(agentId(), new Disposition(code, note, when));
      default ->
          throw new IllegalStateException(
              "unknown contact command '"
                  + kind
                  + "': are all members on the same Cityline version?");
    };
  }

  private AgentId agentId() {
    return new AgentId(agent);
  }

  /** Never the note. */
  @Override
  public String toString() {
    return "ContactCommandWire[" + kind + ", " + agent + "]";
  }
}
