package org.cityline.desktop.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.cityline.desktop.LockoutStore;

/**
 * Sign-in failures and locks in the Hazelcast map {@link #MAP}, keyed by user name (lower case), so
 * failures spread over several nodes add up and a lock earned on one node holds on every other.
 * Each entry lives as long as the policy's window or lock, whichever is longer, after its last
 * change.
 */
public final class HazelcastLockoutStore implements LockoutStore {

  /** The map's name. */
  public static final String MAP = "signin-lockout";

  private final IMap<String, Attempts> attempts;

  public HazelcastLockoutStore(HazelcastInstance hazelcast) {
    this.attempts = Objects.requireNonNull(hazelcast, "hazelcast").getMap(MAP);
  }

  @Override
  public Attempts get(String key) {
    Attempts kept = attempts.get(key);
    return kept == null ? Attempts.NONE : kept;
  }

  @Override
  public void update(String key, UnaryOperator<Attempts> change, Duration keepFor) {
    KeyLocks.update(attempts, key, Attempts.NONE, change, keepFor);
  }
}
