package org.cityline.routing.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.util.List;
import java.util.Optional;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStore;
import org.cityline.routing.Change;

/** Signed-in agents in the {@link RoutingMaps#AGENTS} map. */
public final class HazelcastAgentStore implements AgentStore {

  private final IMap<String, StoredAgent> agents;

  public HazelcastAgentStore(HazelcastInstance hazelcast) {
    this.agents = hazelcast.getMap(RoutingMaps.AGENTS);
  }

  @Override
  public boolean add(Agent agent) {
    return agents.putIfAbsent(agent.id().value(), StoredAgents.toStored(agent)) == null;
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    return Optional.ofNullable(agents.get(id.value())).map(StoredAgents::toDomain);
  }

  @Override
  public Change<Agent> apply(AgentId id, AgentCommand command) {
    AgentReply reply =
        agents.executeOnKey(id.value(), new ApplyAgentCommand(AgentCommandWire.of(command)));
    if (reply.refusal() != null) {
      return Change.refused(reply.refusal());
    }
    return Change.applied(
        StoredAgents.toDomain(reply.before()), StoredAgents.toDomain(reply.after()));
  }

  @Override
  public List<Agent> available() {
    return agents.values(Predicates.equal("state", AgentState.AVAILABLE.name())).stream()
        .map(StoredAgents::toDomain)
        .toList();
  }

  @Override
  public List<Agent> all() {
    return agents.values().stream().map(StoredAgents::toDomain).toList();
  }
}
