package org.cityline.routing.hazelcast;

import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;

/** Maps the domain's {@link Agent} to the stored record and back, losing nothing. */
final class StoredAgents {

  private StoredAgents() {}

  static StoredAgent toStored(Agent agent) {
    return new StoredAgent(
        agent.id().value(),
        agent.displayName(),
        agent.endpoint(),
        agent.skills(),
        agent.voiceCapacity(),
        agent.state().name(),
        agent.awayReason().map(Enum::name).orElse(null),
        Epoch.nanos(agent.since()),
        Epoch.nanos(agent.idleSince()),
        agent.lines().stream()
            .map(
                line ->
                    new StoredLine(
                        line.contact().value(),
                        Epoch.nanos(line.since()),
                        Epoch.nanos(line.offerExpiresAt())))
            .toList());
  }

  static Agent toDomain(StoredAgent stored) {
    return new Agent(
        new AgentId(stored.id()),
        stored.displayName(),
        stored.endpoint(),
        stored.skills(),
        stored.voiceCapacity(),
        AgentState.valueOf(stored.state()),
        Optional.ofNullable(stored.awayReason()).map(AwayReason::valueOf),
        Epoch.instant(stored.since()),
        Epoch.instant(stored.idleSince()),
        stored.lines().stream()
            .map(
                line ->
                    new AgentLine(
                        new ContactId(line.contact()),
                        Epoch.instant(line.since()),
                        Epoch.instant(line.offerExpiresAt())))
            .toList());
  }
}
