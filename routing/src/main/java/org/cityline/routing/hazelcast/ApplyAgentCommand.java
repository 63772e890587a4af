package org.cityline.routing.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentState;
import org.cityline.routing.Change;

/**
 * Runs an agent command on the member that owns the agent, atomically: read, apply the domain's
 * pure rule, write with the version counted up; an agent who signs out is removed in the same step.
 * The backup replays the same processor on the same value, so both copies agree. If Hazelcast
 * retries the processor (its member was lost after applying it), the entry's {@code lastOp} shows
 * it was applied and the stored agent is answered as it is.
 */
record ApplyAgentCommand(AgentCommandWire command, long day, String op)
    implements EntryProcessor<String, StoredAgent, AgentReply> {

  @Override
  public AgentReply process(Map.Entry<String, StoredAgent> entry) {
    StoredAgent stored = entry.getValue();
    if (stored == null) {
      return new AgentReply(null, null, "You are not signed in.");
    }
    if (op.equals(stored.lastOp())) {
      return new AgentReply(stored, stored, null);
    }
    Agent before = StoredAgents.toDomain(stored);
    Change<Agent> change = command.command().applyOn(before, Epoch.instant(day));
    return switch (change) {
      case Change.Applied<Agent> applied -> {
        StoredAgent after =
            StoredAgents.toStored(applied.after().versioned(before.version() + 1), op);
        entry.setValue(applied.after().state() == AgentState.LOGGED_OUT ? null : after);
        yield new AgentReply(stored, after, null);
      }
      case Change.Refused<Agent> refused -> new AgentReply(stored, null, refused.reason());
    };
  }
}
