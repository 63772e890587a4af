package org.cityline.routing;

import static org.cityline.routing.AgentStateTransitions.By.AGENT;
import static org.cityline.routing.AgentStateTransitions.By.ROUTING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentStateTransitions.By;

/**
 * A change to one agent, as data. {@link #applyTo} is a pure function: stores run it atomically on
 * the agent's entry (in Hazelcast, inside an entry processor on the member that owns it), so two
 * nodes never both reserve the same agent's last free line.
 */
public sealed interface AgentCommand {

  /** The agent after the command, or why it is refused. */
  Change<Agent> applyTo(Agent agent);

  /** The agent is ready for contacts. */
  record MakeAvailable(Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      return AgentMove.of(agent, AgentState.AVAILABLE, Optional.empty(), AGENT, at)
          .map(moved -> moved.idleFrom(at))
          .result();
    }
  }

  /** The agent steps away, for a reason of their own. */
  record GoAway(AwayReason reason, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (reason == AwayReason.MISSED_OFFER || reason == AwayReason.SIGNED_IN) {
        return Change.refused(
            "Choose a reason for being away: break, lunch, training, meeting "
                + "or after-call work.");
      }
      return AgentMove.of(agent, AgentState.AWAY, Optional.of(reason), AGENT, at).result();
    }
  }

  /** The agent signs out; refused while a line is in use. */
  record SignOut(Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (!agent.lines().isEmpty()) {
        return Change.refused("Finish your contacts before signing out.");
      }
      return AgentMove.of(agent, AgentState.LOGGED_OUT, Optional.empty(), AGENT, at).result();
    }
  }

  /** Routing reserves a free line for an offer that rings until {@code expiresAt}. */
  record Reserve(ContactId contact, Instant at, Instant expiresAt) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (agent.freeLines() < 1) {
        return Change.refused(agent.id() + " has no free line");
      }
      if (agent.line(contact).isPresent()) {
        return Change.refused(agent.id() + " already has contact " + contact);
      }
      List<AgentLine> lines = new ArrayList<>(agent.lines());
      lines.add(new AgentLine(contact, at, Optional.of(expiresAt)));
      return AgentMove.of(
              agent.withLines(lines), AgentState.RESERVED, Optional.empty(), ROUTING, at)
          .result(agent);
    }
  }

  /** The agent takes the offer ringing on a line. */
  record Accept(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty() || line.get().offerExpiresAt().isEmpty()) {
        return Change.refused("Contact " + contact + " is not being offered to you.");
      }
      List<AgentLine> lines =
          agent.lines().stream()
              .map(each -> each.contact().equals(contact) ? each.accepted() : each)
              .toList();
      return AgentMove.of(agent.withLines(lines), AgentState.ON_CALL, Optional.empty(), AGENT, at)
          .result(agent);
    }
  }

  /**
   * A line ends without a call to wrap up: the agent rejected the offer, routing withdrew it (the
   * caller hung up, the offer could not be completed), or the agent missed it (it rang out, or the
   * agent's phone leg failed), which sets the agent away.
   */
  record Release(ContactId contact, Why why, Instant at) implements AgentCommand {

    /** Why the line ends. */
    public enum Why {
      /** The agent turned the offer down: available again. */
      REJECTED,
      /** Routing withdrew the offer (caller hung up, reservation undone): available again. */
      WITHDRAWN,
      /** The offer rang out or the agent's phone failed: away, {@link AwayReason#MISSED_OFFER}. */
      MISSED
    }

    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (agent.line(contact).isEmpty()) {
        return Change.refused("Contact " + contact + " is not on your lines.");
      }
      if (why == Why.REJECTED && agent.line(contact).get().offerExpiresAt().isEmpty()) {
        return Change.refused("You have already accepted contact " + contact + ".");
      }
      Agent freed = agent.withoutLine(contact);
      return switch (why) {
        case REJECTED ->
            AgentMove.of(freed, AgentState.AVAILABLE, Optional.empty(), AGENT, at).result(agent);
        case WITHDRAWN ->
            AgentMove.of(freed, AgentState.AVAILABLE, Optional.empty(), ROUTING, at).result(agent);
        case MISSED ->
            AgentMove.of(freed, AgentState.AWAY, Optional.of(AwayReason.MISSED_OFFER), ROUTING, at)
                .result(agent);
      };
    }
  }

  /** The agent puts the caller on hold. */
  record Hold(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      return AgentMove.onLine(agent, contact, AgentState.ON_HOLD, AGENT, at);
    }
  }

  /** The agent takes the caller off hold. */
  record Resume(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      return AgentMove.onLine(agent, contact, AgentState.ON_CALL, AGENT, at);
    }
  }

  /** The call is over (the agent or the caller hung up): wrap-up begins. */
  record StartWrapUp(ContactId contact, By by, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      return AgentMove.onLine(agent, contact, AgentState.WRAP_UP, by, at);
    }
  }

  /**
   * Wrap-up is over: the line is free and the agent available. Routing does this itself when the
   * call never reached the agent.
   */
  record FinishWrapUp(ContactId contact, By by, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (agent.line(contact).isEmpty()) {
        return Change.refused("Contact " + contact + " is not on your lines.");
      }
      return AgentMove.of(
              agent.withoutLine(contact), AgentState.AVAILABLE, Optional.empty(), by, at)
          .map(moved -> moved.idleFrom(at))
          .result(agent);
    }
  }
}
