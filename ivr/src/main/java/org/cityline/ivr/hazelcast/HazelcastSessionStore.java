package org.cityline.ivr.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryExpiredListener;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cityline.common.call.CallId;
import org.cityline.ivr.SessionStore;
import org.cityline.ivr.flow.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IVR sessions in a Hazelcast map keyed by call ({@code sim/42}), so the next key press may land on
 * any node. Each entry lives {@code timeToLive} after its last change and has one synchronous
 * backup on another member.
 *
 * <p>Concurrency: a per-key {@link IMap#lock} held for the whole event (read, port calls, write).
 * An entry processor cannot make the port calls (they block, and must run once), and optimistic
 * {@code replace(key, old, new)} would repeat them on a conflict; a lock makes the second event for
 * a call wait and then read the first one's result. The lock has a lease, so a node that dies while
 * holding it does not block the call forever (Hazelcast also frees a dead member's locks).
 */
public final class HazelcastSessionStore implements SessionStore {

  /** The map's name; configure it with {@link #mapConfig(Duration)}. */
  public static final String MAP_NAME = "cityline-ivr-sessions";

  /** How long a session lives after its last step unless configured otherwise. */
  public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(30);

  private static final Logger log = LoggerFactory.getLogger(HazelcastSessionStore.class);
  private static final Duration LOCK_LEASE = Duration.ofSeconds(30);

  private final IMap<String, byte[]> map;
  private final Duration timeToLive;

  /**
   * A store on a running member (or client).
   *
   * @param timeToLive how long a session lives after its last step: at least a minute
   */
  public HazelcastSessionStore(HazelcastInstance hazelcast, Duration timeToLive) {
    this(hazelcast, timeToLive, Duration.ofMinutes(1));
  }

  /** For tests that watch sessions expire: any time to live from {@code minimum}. */
  HazelcastSessionStore(HazelcastInstance hazelcast, Duration timeToLive, Duration minimum) {
    if (timeToLive == null || timeToLive.compareTo(minimum) < 0) {
      throw new IllegalArgumentException(
          "the IVR session time to live must be at least "
              + (minimum.equals(Duration.ofMinutes(1)) ? "one minute" : minimum)
              + "; got "
              + timeToLive);
    }
    this.map = hazelcast.getMap(MAP_NAME);
    this.timeToLive = timeToLive;
  }

  /** The map's settings (one synchronous backup, the time to live); add before starting members. */
  public static MapConfig mapConfig(Duration timeToLive) {
    return new MapConfig(MAP_NAME)
        .setBackupCount(1)
        .setAsyncBackupCount(0)
        .setTimeToLiveSeconds((int) timeToLive.toSeconds());
  }

  /** Adds {@link #mapConfig} to a member's config. */
  public static Config configure(Config config, Duration timeToLive) {
    return config.addMapConfig(mapConfig(timeToLive));
  }

  /**
   * Listens on this member for sessions it owns that expire; each expiry is reported once in the
   * cluster (by the owner), on a virtual thread.
   */
  @Override
  public void onExpired(Consumer<Session> listener) {
    map.addLocalEntryListener(
        (EntryExpiredListener<String, byte[]>)
            event -> {
              byte[] stored = event.getOldValue();
              if (stored == null) {
                log.warn("IVR session {} expired but its value was not delivered", event.getKey());
                return;
              }
              Thread.ofVirtual()
                  .name("ivr-session-expired")
                  .start(() -> listener.accept(SessionCodec.decode(stored)));
            });
  }

  @Override
  public Lease lock(CallId call) {
    String key = call.toString();
    map.lock(key, LOCK_LEASE.toMillis(), TimeUnit.MILLISECONDS);
    return new HazelcastLease(key);
  }

  private final class HazelcastLease implements Lease {
    private final String key;

    HazelcastLease(String key) {
      this.key = key;
    }

    @Override
    public Optional<Session> session() {
      return Optional.ofNullable(map.get(key)).map(SessionCodec::decode);
    }

    @Override
    public void save(Session session) {
      map.set(key, SessionCodec.encode(session), timeToLive.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void remove() {
      map.delete(key);
    }

    @Override
    public void close() {
      try {
        map.unlock(key);
      } catch (IllegalMonitorStateException e) {
        log.warn(
            "the lock on IVR session {} ran out ({}) before the event finished", key, LOCK_LEASE);
      }
    }
  }
}
