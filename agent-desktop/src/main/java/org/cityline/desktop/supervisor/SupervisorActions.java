package org.cityline.desktop.supervisor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;

/**
 * What a supervisor does from the console, checked and audited before routing is asked: change an
 * agent's state, sign them out, change their skills, move them between queues; raise a waiting
 * contact's priority, move it to another queue, assign it to an agent. Plain Java: the views hand
 * in what was typed or chosen; a refusal says why and changes nothing.
 */
public final class SupervisorActions {

  /** Longest skills text accepted. */
  public static final int MAX_SKILLS_TEXT = 300;

  private static final Pattern SKILL = Pattern.compile("([a-z][a-z0-9-]{0,31})\\s*=\\s*([1-5])");

  private final RoutingService routing;
  private final AuditTrail audit;
  private final Clock clock;
  private final String supervisor;

  public SupervisorActions(
      RoutingService routing, AuditTrail audit, Clock clock, String supervisor) {
    this.routing = routing;
    this.audit = audit;
    this.clock = clock;
    this.supervisor = supervisor;
  }

  /** Sets the agent available, away for a reason, or signed out. */
  public RoutingResult setState(AgentId agent, AgentState state, Optional<AwayReason> reason) {
    if (agent == null || state == null) {
      return RoutingResult.refused("Choose an agent and a state.");
    }
    if (state == AgentState.AWAY && reason.isEmpty()) {
      return RoutingResult.refused("Choose why the agent is away.");
    }
    String what =
        state == AgentState.AWAY ? "away (" + reason.get() + ")" : state.name().toLowerCase();
    return audited(routing.setAgentState(agent, state, reason), "agent-state", agent + " " + what);
  }

  /** Signs the agent out of routing (refused while they have a call). */
  public RoutingResult signOut(AgentId agent) {
    return setState(agent, AgentState.LOGGED_OUT, Optional.empty());
  }

  /**
   * Replaces the agent's skills with those typed ("billing=3, spanish=4"): names in lower case,
   * levels 1 to 5, each name once.
   */
  public RoutingResult changeSkills(AgentId agent, String typed) {
    if (agent == null) {
      return RoutingResult.refused("Choose an agent.");
    }
    Map<String, Integer> skills;
    try {
      skills = parseSkills(typed);
    } catch (IllegalArgumentException e) {
      return RoutingResult.refused(e.getMessage());
    }
    return audited(routing.changeSkills(agent, skills), "agent-skills", agent + " " + skills);
  }

  /**
   * Moves the agent from one queue to another: drops the skills {@code from} needs and adds those
   * {@code to} needs at its levels (keeping a higher level the agent has).
   */
  public RoutingResult moveAgent(AgentId agent, QueueId from, QueueId to) {
    if (agent == null || from == null || to == null) {
      return RoutingResult.refused(
          "Choose an agent, the queue they leave and the queue they join.");
    }
    if (from.equals(to)) {
      return RoutingResult.refused("Choose two different queues.");
    }
    Optional<AgentSnapshot> snapshot = routing.agent(agent);
    Optional<QueueDefinition> leaving = definition(from);
    Optional<QueueDefinition> joining = definition(to);
    if (snapshot.isEmpty()) {
      return RoutingResult.refused(agent + " is not signed in.");
    }
    if (leaving.isEmpty() || joining.isEmpty()) {
      return RoutingResult.refused("There is no such queue.");
    }
    Map<String, Integer> skills = new LinkedHashMap<>(snapshot.get().skills());
    leaving.get().requiredSkills().forEach(skills::remove);
    joining.get().skills().forEach((skill, level) -> skills.merge(skill, level, Math::max));
    return audited(
        routing.changeSkills(agent, skills), "agent-moved", agent + " from " + from + " to " + to);
  }

  /** Puts the supervisor's phone on the agent's call: listen, whisper or barge. */
  public RoutingResult monitor(AgentId agent, org.cityline.common.call.MonitorMode mode) {
    if (agent == null || mode == null) {
      return RoutingResult.refused("Choose an agent who is on a call.");
    }
    return audited(
        routing.monitor(new AgentId(supervisor), agent, mode),
        "agent-monitored",
        agent + " " + mode.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Sets a waiting contact's priority from what was typed (a whole number 0 to 100). */
  public RoutingResult changePriority(ContactId contact, String typed) {
    if (contact == null) {
      return RoutingResult.refused("Choose a waiting call.");
    }
    String text = typed == null ? "" : typed.strip();
    if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 100) {
      return RoutingResult.refused("A priority is a whole number from 0 to 100.");
    }
    int priority = Integer.parseInt(text);
    return audited(
        routing.changePriority(contact, priority), "contact-priority", contact + " " + priority);
  }

  /** Moves a waiting contact to another queue. */
  public RoutingResult moveContact(ContactId contact, QueueId queue) {
    if (contact == null || queue == null) {
      return RoutingResult.refused("Choose a waiting call and the queue to move it to.");
    }
    return audited(routing.moveToQueue(contact, queue), "contact-moved", contact + " to " + queue);
  }

  /** Offers a waiting contact to one agent now. */
  public RoutingResult assign(ContactId contact, AgentId agent) {
    if (contact == null || agent == null) {
      return RoutingResult.refused("Choose a waiting call and the agent to give it to.");
    }
    return audited(routing.assign(contact, agent), "contact-assigned", contact + " to " + agent);
  }

  /** Skills as typed ("billing=3, spanish=4"); throws with the message to show. */
  public static Map<String, Integer> parseSkills(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("Enter at least one skill, like billing=3.");
    }
    if (text.length() > MAX_SKILLS_TEXT) {
      throw new IllegalArgumentException("Skills are at most " + MAX_SKILLS_TEXT + " characters.");
    }
    Map<String, Integer> skills = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      Matcher m = SKILL.matcher(part.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "Write skills as name=level (level 1 to 5), separated by commas, like billing=3.");
      }
      if (skills.put(m.group(1), Integer.parseInt(m.group(2))) != null) {
        throw new IllegalArgumentException("The skill " + m.group(1) + " is given twice.");
      }
    }
    return skills;
  }

  /** Skills as the form shows them ("billing=3, spanish=4"), by name. */
  public static String skillsText(Map<String, Integer> skills) {
    return skills.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue())
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private Optional<QueueDefinition> definition(QueueId id) {
    return routing.queueDefinitions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  private RoutingResult audited(RoutingResult result, String action, String detail) {
    if (result.done()) {
      audit.record(
          new AuditEntry(
              clock.instant(), supervisor, Optional.empty(), Optional.empty(), action, detail));
    }
    return result;
  }
}
