package org.cityline.routing;

import static org.cityline.routing.AgentStateTransitions.By.AGENT;
import static org.cityline.routing.AgentStateTransitions.By.ROUTING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentLine.Kind;
import org.cityline.routing.AgentLine.State;
import org.cityline.routing.AgentStateTransitions.By;

/**
 * A change to one agent, as data. {@link #applyTo} is a pure function: stores run it atomically on
 * the agent's entry (in Hazelcast, inside an entry processor on the member that owns it), so two
 * nodes never both reserve the same agent's last free line. Each command carries its own time.
 */
public sealed interface AgentCommand {

  /** The longest wrap-up an agent may extend to, from the moment they ask. */
  Duration LONGEST_WRAP_UP = Duration.ofMinutes(30);

  /** When the command happens. */
  Instant at();

  /** The agent after the command, or why it is refused. */
  Change<Agent> applyTo(Agent agent);

  /** The command applied on {@code day}: the agent's tally starts again when the day turned. */
  default Change<Agent> applyOn(Agent agent, Instant day) {
    return applyTo(agent.on(day));
  }

  /** The agent (or a supervisor for them) is ready for contacts. */
  record MakeAvailable(By by, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (agent.ready()) {
        return Change.refused(
            AgentStateTransitions.refusal(AgentState.AVAILABLE, AgentState.AVAILABLE, by)
                .orElseThrow());
      }
      Agent after = agent.changed(true, Optional.empty(), agent.lines(), at);
      return AgentMove.checked(agent, agent.lines().isEmpty() ? after.idleFrom(at) : after, by);
    }
  }

  /**
   * The agent steps away for a reason of their own. With calls on their lines they finish those
   * first: they are offered nothing more and are away once the last line is free.
   */
  record GoAway(AwayReason reason, By by, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (reason == AwayReason.MISSED_OFFER || reason == AwayReason.SIGNED_IN) {
        return Change.refused(
            "Choose a reason for being away: break, lunch, training, meeting "
                + "or after-call work.");
      }
      if (agent.awayReason().filter(reason::equals).isPresent()) {
        return Change.refused("You are already away.");
      }
      if (agent.lines().stream().anyMatch(line -> line.state() == State.RINGING)) {
        return Change.refused("Answer or reject the offer ringing first.");
      }
      return AgentMove.checked(
          agent, agent.changed(false, Optional.of(reason), agent.lines(), at), by);
    }
  }

  /** The agent signs out; refused while a line is in use. */
  record SignOut(By by, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (!agent.lines().isEmpty()) {
        return Change.refused(
            by == AGENT
                ? "Finish your contacts before signing out."
                : agent.id() + " has contacts on their lines; they must finish them first.");
      }
      Optional<String> refusal =
          AgentStateTransitions.refusal(agent.state(), AgentState.LOGGED_OUT, by);
      if (refusal.isPresent()) {
        return Change.refused(refusal.get());
      }
      Agent out =
          new Agent(
              agent.id(),
              agent.displayName(),
              agent.endpoint(),
              agent.skills(),
              agent.voiceCapacity(),
              false,
              Optional.empty(),
              AgentState.LOGGED_OUT,
              at,
              agent.idleSince(),
              agent.lastOfferedAt(),
              List.of(),
              agent.tally().plusTime(agent.state(), agent.since(), at),
              agent.version());
      return Change.applied(agent, out);
    }
  }

  /**
   * Routing reserves a free line for an offer (or a consult) that rings until {@code expiresAt}.
   * Only an agent who {@link Agent#mayTakeOffer may take an offer} is reserved.
   */
  record Reserve(ContactId contact, Kind kind, Instant at, Instant expiresAt)
      implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (agent.line(contact).isPresent()) {
        return Change.refused(agent.id() + " already has contact " + contact);
      }
      if (!agent.mayTakeOffer()) {
        return Change.refused(agent.id() + " cannot take an offer now (" + agent.state() + ")");
      }
      List<AgentLine> lines = new ArrayList<>(agent.lines());
      lines.add(AgentLine.ringing(contact, kind, at, expiresAt));
      Agent after = agent.changed(true, Optional.empty(), lines, at);
      return AgentMove.checked(agent, kind == Kind.OFFER ? after.offeredAt(at) : after, ROUTING);
    }
  }

  /** The agent takes the offer (or consult) ringing on a line. */
  record Accept(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty() || line.get().state() != State.RINGING) {
        return Change.refused("Contact " + contact + " is not being offered to you.");
      }
      List<AgentLine> lines = agent.replacing(line.get().accepted(at));
      return AgentMove.checked(
          agent, agent.changed(agent.ready(), agent.awayReason(), lines, at), AGENT);
    }
  }

  /**
   * A line ends without a call to wrap up: the agent rejected the offer, routing withdrew it (the
   * caller hung up, the offer could not be completed, a consult was cancelled, a callback was not
   * answered), the agent hung up a consult, or the agent missed the offer (it rang out, or their
   * phone failed), which sets them away.
   */
  record Release(ContactId contact, Why why, Instant at) implements AgentCommand {

    /** Why the line ends. */
    public enum Why {
      /** The agent turned the offer down. */
      REJECTED,
      /** Routing withdrew the offer or ended the line. */
      WITHDRAWN,
      /** The agent hung up a consult: the contact stays with the agent who consulted. */
      HUNG_UP,
      /** The offer rang out or the agent's phone failed: away, {@link AwayReason#MISSED_OFFER}. */
      MISSED
    }

    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty()) {
        return Change.refused("Contact " + contact + " is not on your lines.");
      }
      if (why == Why.REJECTED && line.get().state() != State.RINGING) {
        return Change.refused("You have already accepted contact " + contact + ".");
      }
      if (why == Why.HUNG_UP && line.get().kind() != Kind.CONSULT) {
        return Change.refused("Contact " + contact + " is your caller, not a consult.");
      }
      List<AgentLine> lines = agent.without(contact);
      return switch (why) {
        case REJECTED, HUNG_UP ->
            AgentMove.checked(
                agent, agent.changed(agent.ready(), agent.awayReason(), lines, at), AGENT);
        case WITHDRAWN ->
            AgentMove.checked(
                agent, agent.changed(agent.ready(), agent.awayReason(), lines, at), ROUTING);
        case MISSED -> {
          Agent away = agent.changed(false, Optional.of(AwayReason.MISSED_OFFER), lines, at);
          yield AgentMove.checked(agent, away.withTally(away.tally().plusMissed()), ROUTING);
        }
      };
    }
  }

  /** The agent puts the caller on a line on hold. */
  record Hold(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      return lineMove(agent, contact, State.ACTIVE, State.HELD, AGENT, at, "on a call with");
    }
  }

  /** The agent takes a held caller back; any other caller must be on hold first. */
  record Resume(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      boolean busyElsewhere =
          agent.lines().stream()
              .anyMatch(
                  line ->
                      !line.contact().equals(contact)
                          && (line.state() == State.ACTIVE || line.state() == State.RINGING));
      if (busyElsewhere) {
        return Change.refused("Put your other caller on hold first.");
      }
      return lineMove(agent, contact, State.HELD, State.ACTIVE, AGENT, at, "holding");
    }
  }

  /** The call on a line is over (the agent or the caller hung up): wrap-up until the deadline. */
  record StartWrapUp(ContactId contact, By by, Instant at, Instant deadline)
      implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty()
          || (line.get().state() != State.ACTIVE && line.get().state() != State.HELD)) {
        return Change.refused("You are not on a call with contact " + contact + ".");
      }
      List<AgentLine> lines = agent.replacing(line.get().in(State.WRAP_UP, Optional.of(deadline)));
      return AgentMove.checked(
          agent, agent.changed(agent.ready(), agent.awayReason(), lines, at), by);
    }
  }

  /** The agent asks for more wrap-up time (at most 30 minutes from now in all). */
  record ExtendWrapUp(ContactId contact, Duration extra, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty() || line.get().state() != State.WRAP_UP) {
        return Change.refused("Contact " + contact + " is not in wrap-up with you.");
      }
      if (extra.isNegative() || extra.isZero() || extra.compareTo(LONGEST_WRAP_UP) > 0) {
        return Change.refused("Ask for 1 second to 30 minutes more.");
      }
      Instant wanted = line.get().deadline().orElseThrow().plus(extra);
      Instant latest = at.plus(LONGEST_WRAP_UP);
      if (!line.get().deadline().orElseThrow().isBefore(latest)) {
        return Change.refused("Your wrap-up already runs 30 minutes; finish it.");
      }
      Instant deadline = wanted.isAfter(latest) ? latest : wanted;
      List<AgentLine> lines = agent.replacing(line.get().in(State.WRAP_UP, Optional.of(deadline)));
      return Change.applied(agent, agent.changed(agent.ready(), agent.awayReason(), lines, at));
    }
  }

  /**
   * Wrap-up is over (the agent finished it, or routing closed it at its deadline): the line is free
   * and, for an offer the agent took, the contact counts as handled.
   */
  record FinishWrapUp(ContactId contact, By by, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty() || line.get().state() != State.WRAP_UP) {
        return Change.refused("Contact " + contact + " is not in wrap-up with you.");
      }
      Agent after = agent.changed(agent.ready(), agent.awayReason(), agent.without(contact), at);
      if (line.get().kind() == Kind.OFFER && line.get().acceptedAt().isPresent()) {
        after =
            after.withTally(
                after.tally().plusHandled(Duration.between(line.get().acceptedAt().get(), at)));
      }
      return AgentMove.checked(agent, after.lines().isEmpty() ? after.idleFrom(at) : after, by);
    }
  }

  /** A warm transfer completed: the consulted agent's line now holds the contact as their own. */
  record TakeOver(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      Optional<AgentLine> line = agent.line(contact);
      if (line.isEmpty()
          || line.get().kind() != Kind.CONSULT
          || line.get().state() == State.RINGING) {
        return Change.refused("You are not consulting on contact " + contact + ".");
      }
      return Change.applied(
          agent,
          agent.changed(
              agent.ready(), agent.awayReason(), agent.replacing(line.get().as(Kind.OFFER)), at));
    }
  }

  /** Routing frees a line whose contact is gone (repair after a lost node). */
  record DropLine(ContactId contact, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      if (agent.line(contact).isEmpty()) {
        return Change.refused("Contact " + contact + " is not on " + agent.id() + "'s lines.");
      }
      Agent after = agent.changed(agent.ready(), agent.awayReason(), agent.without(contact), at);
      return AgentMove.checked(
          agent, after.lines().isEmpty() ? after.idleFrom(at) : after, ROUTING);
    }
  }

  /** A supervisor changes the agent's skills (name to level 1 to 5). */
  record ChangeSkills(Map<String, Integer> skills, Instant at) implements AgentCommand {
    @Override
    public Change<Agent> applyTo(Agent agent) {
      return Change.applied(agent, agent.withSkills(Skills.check(skills)));
    }
  }

  private static Change<Agent> lineMove(
      Agent agent, ContactId contact, State from, State to, By by, Instant at, String doing) {
    Optional<AgentLine> line = agent.line(contact);
    if (line.isEmpty() || line.get().state() != from) {
      if (line.isPresent() && line.get().state() == to) {
        return Change.refused(
            to == State.HELD ? "The caller is already on hold." : "The caller is not on hold.");
      }
      return Change.refused("You are not " + doing + " contact " + contact + ".");
    }
    List<AgentLine> lines = agent.replacing(line.get().in(to, Optional.empty()));
    return AgentMove.checked(
        agent, agent.changed(agent.ready(), agent.awayReason(), lines, at), by);
  }
}
