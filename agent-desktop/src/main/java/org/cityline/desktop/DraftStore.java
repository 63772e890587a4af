package org.cityline.desktop;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where {@link DeskDrafts} keeps each agent's fields: this node's memory ({@link #inMemory}) or a
 * map shared by the cluster ({@code org.cityline.desktop.hazelcast.HazelcastDraftStore}), so a
 * reload that lands on another node finds what was typed.
 */
public interface DraftStore {

  /** A copy of an agent's fields (empty when none). */
  Map<String, String> fields(String agent);

  /**
   * Changes an agent's fields atomically: {@code change} gets a mutable copy (empty when none) and
   * returns what to keep; an empty result forgets the agent.
   */
  void update(String agent, UnaryOperator<Map<String, String>> change);

  /** In this node's memory: a reload on another node finds nothing (for tests and one node). */
  static DraftStore inMemory() {
    Map<String, Map<String, String>> byAgent = new ConcurrentHashMap<>();
    return new DraftStore() {
      @Override
      public Map<String, String> fields(String agent) {
        return Map.copyOf(byAgent.getOrDefault(agent, Map.of()));
      }

      @Override
      public void update(String agent, UnaryOperator<Map<String, String>> change) {
        byAgent.compute(
            agent,
            (who, fields) -> {
              Map<String, String> next =
                  change.apply(fields == null ? new HashMap<>() : new HashMap<>(fields));
              return next.isEmpty() ? null : next;
            });
      }
    };
  }
}
