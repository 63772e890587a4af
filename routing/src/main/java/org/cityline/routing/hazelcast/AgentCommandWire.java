package org.cityline.routing.hazelcast;

import java.time.Duration;
import java.time.Instant;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.AwayReason;
import org.cityline.routing.config.SkillList;

/**
 * An {@link AgentCommand} flattened for the trip to the member that owns the agent: the command's
 * name and its fields as plain values (instants as epoch nanoseconds): {@code detail} holds the
 * away reason, the release's why, the line's kind or who asked; {@code detail2} who asked when
 * {@code detail} is taken; {@code until} a deadline, or an extension in nanoseconds; {@code skills}
 * the new skills as the queue file writes them. Adding a command means one case in {@link #of} (the
 * compiler insists) and one in {@link #command}.
 */
record AgentCommandWire(
    String kind, String contact, long at, long until, String detail, String detail2, String skills)
    implements java.io.Serializable {

  static AgentCommandWire of(AgentCommand command) {
    return switch (command) {
      case AgentCommand.MakeAvailable c -> plain("MakeAvailable", c.at(), c.by().name(), null);
      case AgentCommand.GoAway c -> plain("GoAway", c.at(), c.reason().name(), c.by().name());
      case AgentCommand.SignOut c -> plain("SignOut", c.at(), c.by().name(), null);
      case AgentCommand.Reserve c ->
          line("Reserve", c.contact(), c.at(), Epoch.nanos(c.expiresAt()), c.kind().name());
      case AgentCommand.Accept c -> line("Accept", c.contact(), c.at(), 0, null);
      case AgentCommand.Release c -> line("Release", c.contact(), c.at(), 0, c.why().name());
      case AgentCommand.Hold c -> line("Hold", c.contact(), c.at(), 0, null);
      case AgentCommand.Resume c -> line("Resume", c.contact(), c.at(), 0, null);
      case AgentCommand.StartWrapUp c ->
          line("StartWrapUp", c.contact(), c.at(), Epoch.nanos(c.deadline()), c.by().name());
      case AgentCommand.ExtendWrapUp c ->
          line("ExtendWrapUp", c.contact(), c.at(), c.extra().toNanos(), null);
      case AgentCommand.FinishWrapUp c ->
          line("FinishWrapUp", c.contact(), c.at(), 0, c.by().name());
      case AgentCommand.TakeOver c -> line("TakeOver", c.contact(), c.at(), 0, null);
      case AgentCommand.DropLine c -> line("DropLine", c.contact(), c.at(), 0, null);
      case AgentCommand.ChangeSkills c ->
          new AgentCommandWire(
              "ChangeSkills",
              null,
              Epoch.nanos(c.at()),
              0,
              null,
              null,
              SkillList.format(c.skills()));
    };
  }

  private static AgentCommandWire plain(String kind, Instant at, String detail, String detail2) {
    return new AgentCommandWire(kind, null, Epoch.nanos(at), 0, detail, detail2, null);
  }

  private static AgentCommandWire line(
      String kind, ContactId contact, Instant at, long until, String detail) {
    return new AgentCommandWire(kind, contact.value(), Epoch.nanos(at), until, detail, null, null);
  }

  AgentCommand command() {
    Instant when = Epoch.instant(at);
    return switch (kind) {
      case "MakeAvailable" -> new AgentCommand.MakeAvailable(By.valueOf(detail), when);
      case "GoAway" ->
          new AgentCommand.GoAway(AwayReason.valueOf(detail), By.valueOf(detail2), when);
      case "SignOut" -> new AgentCommand.SignOut(By.valueOf(detail), when);
      case "Reserve" ->
          new AgentCommand.Reserve(
              contactId(), AgentLine.Kind.valueOf(detail), when, Epoch.instant(until));
      case "Accept" -> new AgentCommand.Accept(contactId(), when);
      case "Release" ->
          new AgentCommand.Release(contactId(), AgentCommand.Release.Why.valueOf(detail), when);
      case "Hold" -> new AgentCommand.Hold(contactId(), when);
      case "Resume" -> new AgentCommand.Resume(contactId(), when);
      case "StartWrapUp" ->
          new AgentCommand.StartWrapUp(contactId(), By.valueOf(detail), when, Epoch.instant(until));
      case "ExtendWrapUp" ->
          new AgentCommand.ExtendWrapUp(contactId(), Duration.ofNanos(until), when);
      case "FinishWrapUp" -> new AgentCommand.FinishWrapUp(contactId(), By.valueOf(detail), when);
      case "TakeOver" -> new AgentCommand.TakeOver(contactId(), when);
      case "DropLine" -> new AgentCommand.DropLine(contactId(), when);
      case "ChangeSkills" -> new AgentCommand.ChangeSkills(SkillList.parse(skills), when);
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
