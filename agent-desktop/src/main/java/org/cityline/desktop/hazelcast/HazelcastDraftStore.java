package org.cityline.desktop.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.cityline.desktop.DraftStore;

/**
 * Agents' drafts in the Hazelcast map {@link #MAP}, one entry per agent (field to text), so a
 * reload that lands on another node finds what was typed. An agent's entry lives {@code ttl} after
 * its last change (a shift by default), then is dropped.
 */
public final class HazelcastDraftStore implements DraftStore {

  /** The map's name. */
  public static final String MAP = "desk-drafts";

  /** How long an agent's drafts live after their last change, unless told otherwise. */
  public static final Duration SHIFT = Duration.ofHours(12);

  private static final HashMap<String, String> NONE = new HashMap<>();

  private final IMap<String, HashMap<String, String>> drafts;
  private final Duration ttl;

  public HazelcastDraftStore(HazelcastInstance hazelcast) {
    this(hazelcast, SHIFT);
  }

  public HazelcastDraftStore(HazelcastInstance hazelcast, Duration ttl) {
    this.drafts = Objects.requireNonNull(hazelcast, "hazelcast").getMap(MAP);
    if (ttl == null || ttl.toSeconds() < 1) {
      throw new IllegalArgumentException("drafts live at least a second; was " + ttl);
    }
    this.ttl = ttl;
  }

  @Override
  public Map<String, String> fields(String agent) {
    HashMap<String, String> kept = drafts.get(agent);
    return kept == null ? Map.of() : Map.copyOf(kept);
  }

  @Override
  public void update(String agent, UnaryOperator<Map<String, String>> change) {
    KeyLocks.update(
        drafts, agent, NONE, kept -> new HashMap<>(change.apply(new HashMap<>(kept))), ttl);
  }
}
