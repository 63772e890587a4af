package org.cityline.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStatistics;

/**
 * The signed-in agents as the queue figures need them, worked out once per announcement however
 * many queues changed: each agent's busy and available time today, and which queues it staffs (one
 * look-up per distinct set of skills, not one requirement check per agent and queue). With 1,000
 * agents and nine queues the figures were nine passes over every agent four times a second,
 * competing with the callers for the two cores.
 */
final class StaffTimes {

  /**
   * One agent: its state, whether it is staffed and free for an offer now, its time busy and
   * available today, and the queues it staffs.
   */
  record Row(
      AgentState state,
      boolean staffed,
      boolean free,
      long busyMillis,
      long availableMillis,
      long queues) {

    boolean staffs(int plan) {
      return (queues & (1L << plan)) != 0;
    }
  }

  private final List<QueuePlan> plans;
  private final List<Row> rows;

  private StaffTimes(List<QueuePlan> plans, List<Row> rows) {
    this.plans = plans;
    this.rows = rows;
  }

  /** The agents at {@code now}; at most 64 queues are told apart (a city has about ten). */
  static StaffTimes of(Collection<Agent> agents, Collection<QueuePlan> plans, Instant now) {
    List<QueuePlan> ordered = List.copyOf(plans);
    Map<Map<String, Integer>, Long> staffing = new HashMap<>();
    List<Row> rows = new ArrayList<>(agents.size());
    for (Agent agent : agents) {
      long queues =
          staffing.computeIfAbsent(agent.skills(), skills -> queuesStaffed(agent, ordered));
      long busy =
          AgentStatistics.millisIn(agent, AgentState.RESERVED, now)
              + AgentStatistics.millisIn(agent, AgentState.ON_CALL, now)
              + AgentStatistics.millisIn(agent, AgentState.ON_HOLD, now)
              + AgentStatistics.millisIn(agent, AgentState.WRAP_UP, now);
      rows.add(
          new Row(
              agent.state(),
              agent.staffed(),
              agent.staffed() && agent.mayTakeOffer(),
              busy,
              AgentStatistics.millisIn(agent, AgentState.AVAILABLE, now),
              queues));
    }
    return new StaffTimes(ordered, rows);
  }

  private static long queuesStaffed(Agent agent, List<QueuePlan> plans) {
    long queues = 0;
    for (int i = 0; i < plans.size() && i < Long.SIZE; i++) {
      if (plans.get(i).staffedBy(agent)) {
        queues |= 1L << i;
      }
    }
    return queues;
  }

  /** The rows of the agents who staff this queue. */
  List<Row> staffing(QueuePlan plan) {
    int index = plans.indexOf(plan);
    List<Row> staffing = new ArrayList<>();
    if (index < 0 || index >= Long.SIZE) {
      return staffing;
    }
    for (Row row : rows) {
      if (row.staffs(index)) {
        staffing.add(row);
      }
    }
    return staffing;
  }
}
