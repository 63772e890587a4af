package org.cityline.routing.hazelcast;

import java.io.Serializable;
import java.time.Instant;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.AwayReason;

/**
 * An {@link AgentCommand} flattened for the trip to the member that owns the agent: the command's
 * class name and its fields as plain values ({@code detail} holds the away reason, the release's
 * why or who asked).
 */
record AgentCommandWire(String kind, String contact, long at, long until, String detail)
    implements Serializable {

  static AgentCommandWire of(AgentCommand command) {
    return switch (command) {
      case AgentCommand.MakeAvailable available -> plain("MakeAvailable", available.at(), null);
      case AgentCommand.GoAway away -> plain("GoAway", away.at(), away.reason().name());
      case AgentCommand.SignOut out -> plain("SignOut", out.at(), null);
      case AgentCommand.Reserve reserve ->
          new AgentCommandWire(
              "Reserve",
              reserve.contact().value(),
              Epoch.nanos(reserve.at()),
              Epoch.nanos(reserve.expiresAt()),
              null);
      case AgentCommand.Accept accept -> line("Accept", accept.contact(), accept.at(), null);
      case AgentCommand.Release release ->
          line("Release", release.contact(), release.at(), release.why().name());
      case AgentCommand.Hold hold -> line("Hold", hold.contact(), hold.at(), null);
      case AgentCommand.Resume resume -> line("Resume", resume.contact(), resume.at(), null);
      case AgentCommand.StartWrapUp start ->
          line("StartWrapUp", start.contact(), start.at(), start.by().name());
      case AgentCommand.FinishWrapUp finish ->
          line("FinishWrapUp", finish.contact(), finish.at(), finish.by().name());
    };
  }

  private static AgentCommandWire plain(String kind, Instant at, String detail) {
    return new AgentCommandWire(kind, null, Epoch.nanos(at), 0, detail);
  }

  private static AgentCommandWire line(String kind, ContactId contact, Instant at, String detail) {
    return new AgentCommandWire(kind, contact.value(), Epoch.nanos(at), 0, detail);
  }

  AgentCommand command() {
    Instant when = Epoch.instant(at);
    return switch (kind) {
      case "MakeAvailable" -> new AgentCommand.MakeAvailable(when);
      case "GoAway" -> new AgentCommand.GoAway(AwayReason.valueOf(detail), when);
      case "SignOut" -> new AgentCommand.SignOut(when);
      case "Reserve" -> new AgentCommand.Reserve(contactId(), when, Epoch.instant(until));
      case "Accept" -> new AgentCommand.Accept(contactId(), when);
      case "Release" ->
          new AgentCommand.Release(contactId(), AgentCommand.Release.Why.valueOf(detail), when);
      case "Hold" -> new AgentCommand.Hold(contactId(), when);
      case "Resume" -> new AgentCommand.Resume(contactId(), when);
      case "StartWrapUp" -> new AgentCommand.StartWrapUp(contactId(), By.valueOf(detail), when);
      case "FinishWrapUp" -> new AgentCommand.FinishWrapUp(contactId(), By.valueOf(detail), when);
      default ->
          throw new IllegalStateException(
              "unknown agent command '"
                  + kind
                  + "': are all members on the same Cityline version?");
    };
  }

  private ContactId contactId() {
    return new ContactId(contact);
  }
}
