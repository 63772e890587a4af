package org.cityline.routing.engine;

import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallMonitor;
import org.cityline.common.call.MonitorMode;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.AwayReason;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.Skills;

/**
 * What a supervisor does to routing: change a waiting contact's priority, move it to another queue,
 * assign it to an agent; change an agent's state or skills; listen in, whisper or barge. The caller
 * (the supervisor's console) checks the supervisor's role; routing checks the request like any
 * other.
 */
final class Supervision {

  private final Ops ops;
  private final Announcer announce;
  private final Matcher matcher;

  Supervision(Ops ops, Announcer announce, Matcher matcher) {
    this.ops = ops;
    this.announce = announce;
    this.matcher = matcher;
  }

  RoutingResult changePriority(ContactId contact, int priority) {
    return contactChange(contact, new ContactCommand.ChangePriority(priority, ops.now()));
  }

  RoutingResult moveToQueue(ContactId contactId, QueueId queue) {
    Optional<QueueDefinition> target = ops.setup().queues().find(queue);
    if (target.isEmpty()) {
      return RoutingResult.refused("There is no queue called '" + queue + "'.");
    }
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    if (contact.isEmpty() || contact.get().state() != ContactState.QUEUED) {
      return RoutingResult.refused("Contact " + contactId + " is not waiting in a queue.");
    }
    if (ops.index().waiting(queue) >= target.get().maxWaiting()) {
      return RoutingResult.refused(target.get().name() + " is full.");
    }
    return contactChange(
        contactId,
        new ContactCommand.MoveToQueue(
            queue, target.get().priority(), contact.get().visit(), ops.now()));
  }

  RoutingResult assign(ContactId contactId, AgentId agent) {
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    if (contact.isEmpty() || contact.get().state() != ContactState.QUEUED) {
      return RoutingResult.refused("Contact " + contactId + " is not waiting in a queue.");
    }
    Optional<QueuePlan> plan = ops.setup().queues().plan(contact.get().queue());
    if (plan.isEmpty()) {
      return RoutingResult.refused("Queue " + contact.get().queue() + " is not configured.");
    }
    Optional<Agent> target = ops.setup().agents().find(agent);
    if (target.isEmpty() || !target.get().mayTakeOffer()) {
      return RoutingResult.refused(agent + " cannot take a call now.");
    }
    return matcher.offer(contactId, contact.get().visit(), agent, plan.get()).isPresent()
        ? RoutingResult.ok()
        : RoutingResult.refused("Contact " + contactId + " could not be offered to " + agent + ".");
  }

  RoutingResult setAgentState(AgentId agent, AgentState state, Optional<AwayReason> reason) {
    AgentCommand command =
        switch (state) {
          case AVAILABLE -> new AgentCommand.MakeAvailable(By.SUPERVISOR, ops.now());
          case AWAY ->
              reason.isEmpty()
                  ? null
                  : new AgentCommand.GoAway(reason.get(), By.SUPERVISOR, ops.now());
          case LOGGED_OUT -> new AgentCommand.SignOut(By.SUPERVISOR, ops.now());
          default -> null;
        };
    if (command == null) {
      return RoutingResult.refused(
          "A supervisor sets an agent available, away for a reason, or signed out.");
    }
    return agentChange(agent, command);
  }

  RoutingResult changeSkills(AgentId agent, Map<String, Integer> skills) {
    try {
      Skills.check(skills);
    } catch (IllegalArgumentException e) {
      return RoutingResult.refused(e.getMessage());
    }
    return agentChange(agent, new AgentCommand.ChangeSkills(skills, ops.now()));
  }

  RoutingResult monitor(AgentId supervisor, AgentId agent, MonitorMode mode) {
    Optional<StaffMember> member = ops.setup().staff().find(supervisor.value());
    if (member.isEmpty()
        || !member.get().active()
        || member.get().endpoint() == null
        || member.get().endpoint().isBlank()) {
      return RoutingResult.refused(supervisor + " has no phone to listen on.");
    }
    Optional<Agent> target = ops.setup().agents().find(agent);
    if (target.isEmpty()) {
      return RoutingResult.refused(agent + " is not signed in.");
    }
    Optional<Contact> talking =
        target.get().lines().stream()
            .filter(line -> line.kind() == AgentLine.Kind.OFFER)
            .filter(line -> line.state() == AgentLine.State.ACTIVE)
            .findFirst()
            .flatMap(line -> ops.setup().contacts().find(line.contact()));
    if (talking.isEmpty()) {
      return RoutingResult.refused(agent + " is not talking to a caller.");
    }
    if (!(ops.setup().calls() instanceof CallMonitor phones)) {
      return RoutingResult.refused("The phone system cannot put a supervisor on an agent's call.");
    }
    try {
      phones.monitor(talking.get().call(), target.get().endpoint(), member.get().endpoint(), mode);
    } catch (CallControlException e) {
      return RoutingResult.refused("The phone system refused: " + e.getMessage());
    }
    return RoutingResult.ok();
  }

  RoutingResult agentChange(AgentId agent, AgentCommand command) {
    Change<Agent> change = ops.agent(agent, command);
    if (change instanceof Change.Refused<Agent> refused) {
      return RoutingResult.refused(refused.reason());
    }
    announce.agent(((Change.Applied<Agent>) change).after());
    matcher.drain();
    return RoutingResult.ok();
  }

  private RoutingResult contactChange(ContactId contact, ContactCommand command) {
    Change<Contact> change = ops.contact(contact, command);
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    announce.contact(((Change.Applied<Contact>) change).after());
    matcher.drain();
    return RoutingResult.ok();
  }
}
