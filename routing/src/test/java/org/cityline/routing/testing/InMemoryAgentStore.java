package org.cityline.routing.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStore;
import org.cityline.routing.Change;

/** Signed-in agents in memory; each command runs under the store's lock. */
public final class InMemoryAgentStore implements AgentStore {

  private final Map<AgentId, Agent> agents = new HashMap<>();

  @Override
  public synchronized boolean add(Agent agent) {
    return agents.putIfAbsent(agent.id(), agent) == null;
  }

  @Override
  public synchronized Optional<Agent> find(AgentId id) {
    return Optional.ofNullable(agents.get(id));
  }

  @Override
  public synchronized Change<Agent> apply(AgentId id, AgentCommand command) {
    Agent agent = agents.get(id);
    if (agent == null) {
      return Change.refused("You are not signed in.");
    }
    Change<Agent> change = command.applyTo(agent);
    if (change instanceof Change.Applied<Agent> applied) {
      if (applied.after().state() == AgentState.LOGGED_OUT) {
        agents.remove(id);
      } else {
        agents.put(id, applied.after());
      }
    }
    return change;
  }

  @Override
  public synchronized List<Agent> available() {
    return agents.values().stream().filter(a -> a.state() == AgentState.AVAILABLE).toList();
  }

  @Override
  public synchronized List<Agent> all() {
    return new ArrayList<>(agents.values());
  }
}
