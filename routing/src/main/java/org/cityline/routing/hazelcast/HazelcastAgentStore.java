package org.cityline.routing.hazelcast;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentStore;
import org.cityline.routing.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signed-in agents in the {@link RoutingMaps#AGENTS} map. */
public final class HazelcastAgentStore implements AgentStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HazelcastAgentStore.class);

  private final IMap<String, StoredAgent> agents;
  private final OpIds ops = new OpIds();
  private final List<UUID> listeners = new ArrayList<>();

  public HazelcastAgentStore(HazelcastInstance hazelcast) {
    this.agents = hazelcast.getMap(RoutingMaps.AGENTS);
  }

  @Override
  public boolean add(Agent agent) {
    String op = ops.next();
    StoredAgent present = agents.putIfAbsent(agent.id().value(), StoredAgents.toStored(agent, op));
    return present == null || op.equals(present.lastOp()); // a retry of this very call counts
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    return Optional.ofNullable(agents.get(id.value())).map(StoredAgents::toDomain);
  }

  @Override
  public Change<Agent> apply(AgentId id, AgentCommand command, Instant day) {
    return change(
        agents.executeOnKey(
            id.value(),
            new ApplyAgentCommand(AgentCommandWire.of(command), Epoch.nanos(day), ops.next())));
  }

  @Override
  public Supplier<Change<Agent>> start(AgentId id, AgentCommand command, Instant day) {
    CompletableFuture<AgentReply> reply =
        agents
            .submitToKey(
                id.value(),
                new ApplyAgentCommand(AgentCommandWire.of(command), Epoch.nanos(day), ops.next()))
            .toCompletableFuture();
    return () -> change(Replies.await(reply)); // converted on the thread that waits
  }

  private static Change<Agent> change(AgentReply reply) {
    if (reply.refusal() != null) {
      return Change.refused(reply.refusal());
    }
    return Change.applied(
        StoredAgents.toDomain(reply.before()), StoredAgents.toDomain(reply.after()));
  }

  @Override
  public List<Agent> all() {
    return agents.values().stream().map(StoredAgents::toDomain).toList();
  }

  @Override
  public void watch(Consumer<Agent> changed, BiConsumer<AgentId, Long> removed) {
    listeners.add(agents.addEntryListener(new Listener(changed, removed), true));
  }

  private record Listener(Consumer<Agent> changed, BiConsumer<AgentId, Long> removed)
      implements EntryAddedListener<String, StoredAgent>,
          EntryUpdatedListener<String, StoredAgent>,
          EntryRemovedListener<String, StoredAgent> {

    @Override
    public void entryAdded(EntryEvent<String, StoredAgent> event) {
      entryUpdated(event);
    }

    @Override
    public void entryUpdated(EntryEvent<String, StoredAgent> event) {
      try {
        changed.accept(StoredAgents.toDomain(event.getValue()));
      } catch (RuntimeException e) {
        LOG.warn("Could not index agent {}: {}", event.getKey(), e.toString());
      }
    }

    @Override
    public void entryRemoved(EntryEvent<String, StoredAgent> event) {
      StoredAgent old = event.getOldValue();
      removed.accept(new AgentId(event.getKey()), old == null ? 0 : old.version() + 1);
    }
  }

  /** Stops telling this node's listeners. */
  @Override
  public void close() {
    listeners.forEach(agents::removeEntryListener);
  }
}
