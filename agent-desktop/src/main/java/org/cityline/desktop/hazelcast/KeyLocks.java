package org.cityline.desktop.hazelcast;

import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Read, change and write one entry of a Hazelcast map under the map's lock for its key, so two
 * nodes changing the same entry do not lose each other's change. A result equal to {@code none}
 * removes the entry; anything else is kept for {@code ttl}.
 */
final class KeyLocks {

  private static final long LOCK_WAIT_SECONDS = 5;

  private KeyLocks() {}

  static <V> void update(
      IMap<String, V> map, String key, V none, UnaryOperator<V> change, Duration ttl) {
    boolean locked;
    try {
      locked = map.tryLock(key, LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + map.getName() + " entry", e);
    }
    if (!locked) {
      throw new IllegalStateException(
          map.getName() + " entry stayed locked over " + LOCK_WAIT_SECONDS + " s; try again");
    }
    try {
      V current = map.get(key);
      V next = change.apply(current == null ? none : current);
      if (next.equals(none)) {
        map.delete(key);
      } else {
        map.set(key, next, ttl.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      map.unlock(key);
    }
  }
}
