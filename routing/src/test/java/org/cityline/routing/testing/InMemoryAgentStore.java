package org.cityline.routing.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStore;
import org.cityline.routing.Change;

/** Signed-in agents in memory; each command runs under the store's lock. */
public final class InMemoryAgentStore implements AgentStore {

  private final Map<AgentId, Agent> agents = new HashMap<>();
  private final List<Consumer<Agent>> changed = new CopyOnWriteArrayList<>();
  private final List<BiConsumer<AgentId, Long>> removed = new CopyOnWriteArrayList<>();

  @Override
  public boolean add(Agent agent) {
    synchronized (this) {
      if (agents.putIfAbsent(agent.id(), agent) != null) {
        return false;
      }
    }
    changed.forEach(listener -> listener.accept(agent));
    return true;
  }

  @Override
  public synchronized Optional<Agent> find(AgentId id) {
    return Optional.ofNullable(agents.get(id));
  }

  @Override
  public Change<Agent> apply(AgentId id, AgentCommand command, Instant day) {
    Change<Agent> change;
    synchronized (this) {
      Agent agent = agents.get(id);
      if (agent == null) {
        return Change.refused("You are not signed in.");
      }
      change = command.applyOn(agent, day);
      if (change instanceof Change.Applied<Agent> applied) {
        Agent after = applied.after().versioned(agent.version() + 1);
        if (after.state() == AgentState.LOGGED_OUT) {
          agents.remove(id);
        } else {
          agents.put(id, after);
        }
        change = Change.applied(agent, after);
      }
    }
    if (change instanceof Change.Applied<Agent> applied) {
      if (applied.after().state() == AgentState.LOGGED_OUT) {
        removed.forEach(listener -> listener.accept(id, applied.after().version()));
      } else {
        changed.forEach(listener -> listener.accept(applied.after()));
      }
    }
    return change;
  }

  @Override
  public synchronized List<Agent> all() {
    return new ArrayList<>(agents.values());
  }

  @Override
  public void watch(Consumer<Agent> onChange, BiConsumer<AgentId, Long> onRemove) {
    changed.add(onChange);
    removed.add(onRemove);
  }

  /** Changes a stored agent behind routing's back (to stage a lost node's leftovers). */
  public synchronized void put(Agent agent) {
    agents.put(agent.id(), agent);
  }
}
