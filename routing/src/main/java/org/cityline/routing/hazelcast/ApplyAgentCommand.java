package org.cityline.routing.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentState;
import org.cityline.routing.Change;

/**
 * Runs an agent command on the member that owns the agent, atomically; an agent who signs out is
 * removed in the same step.
 */
record ApplyAgentCommand(AgentCommandWire command)
    implements EntryProcessor<String, StoredAgent, AgentReply> {

  @Override
  public AgentReply process(Map.Entry<String, StoredAgent> entry) {
    StoredAgent stored = entry.getValue();
    if (stored == null) {
      return new AgentReply(null, null, "You are not signed in.");
    }
    Change<Agent> change = command.command().applyTo(StoredAgents.toDomain(stored));
    return switch (change) {
      case Change.Applied<Agent> applied -> {
        StoredAgent after = StoredAgents.toStored(applied.after());
        entry.setValue(applied.after().state() == AgentState.LOGGED_OUT ? null : after);
        yield new AgentReply(stored, after, null);
      }
      case Change.Refused<Agent> refused -> new AgentReply(stored, null, refused.reason());
    };
  }
}
