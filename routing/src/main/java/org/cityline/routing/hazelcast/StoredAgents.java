package org.cityline.routing.hazelcast;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentTally;
import org.cityline.routing.AwayReason;

/** Maps the domain's {@link Agent} to the stored record and back, losing nothing. */
final class StoredAgents {

  private StoredAgents() {}

  static StoredAgent toStored(Agent agent, String lastOp) {
    Map<String, Long> times = new HashMap<>();
    agent.tally().millisInState().forEach((state, millis) -> times.put(state.name(), millis));
    return new StoredAgent(
        agent.id().value(),
        agent.displayName(),
        agent.endpoint(),
        new HashMap<>(agent.skills()),
        agent.voiceCapacity(),
        agent.ready(),
        agent.awayReason().map(Enum::name).orElse(null),
        agent.state().name(),
        Epoch.nanos(agent.since()),
        Epoch.nanos(agent.idleSince()),
        Epoch.nanos(agent.lastOfferedAt()),
        agent.lines().stream()
            .map(
                line ->
                    new StoredLine(
                        line.contact().value(),
                        line.kind().name(),
                        line.state().name(),
                        Epoch.nanos(line.since()),
                        Epoch.nanos(line.acceptedAt()),
                        Epoch.nanos(line.deadline())))
            .toList(),
        Epoch.nanos(agent.tally().day()),
        agent.tally().handled(),
        agent.tally().handleMillis(),
        agent.tally().missed(),
        times,
        agent.version(),
        lastOp);
  }

  static Agent toDomain(StoredAgent stored) {
    Map<AgentState, Long> times = new EnumMap<>(AgentState.class);
    stored.millisInState().forEach((state, millis) -> times.put(AgentState.valueOf(state), millis));
    return new Agent(
        new AgentId(stored.id()),
        stored.displayName(),
        stored.endpoint(),
        stored.skills(),
        stored.voiceCapacity(),
        stored.ready(),
        Optional.ofNullable(stored.awayReason()).map(AwayReason::valueOf),
        AgentState.valueOf(stored.state()),
        Epoch.instant(stored.since()),
        Epoch.instant(stored.idleSince()),
        Epoch.instant(stored.lastOfferedAt()),
        stored.lines().stream()
            .map(
                line ->
                    new AgentLine(
                        new ContactId(line.contact()),
                        AgentLine.Kind.valueOf(line.kind()),
                        AgentLine.State.valueOf(line.state()),
                        Epoch.instant(line.since()),
                        Epoch.instant(line.acceptedAt()),
                        Epoch.instant(line.deadline())))
            .toList(),
        new AgentTally(
            Epoch.instant(stored.tallyDay()),
            stored.handled(),
            stored.handleMillis(),
            stored.missed(),
            times),
        stored.version());
  }
}
