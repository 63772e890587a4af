package org.cityline.ivr.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.cityline.common.call.CallId;
import org.cityline.ivr.SessionStore;
import org.cityline.ivr.flow.Session;

/**
 * Sessions in a map, one lock per call, expiring {@code timeToLive} after their last save by the
 * given clock (move a {@code ManualClock} to expire them).
 */
public final class InMemorySessionStore implements SessionStore {

  private record Stored(Session session, Instant savedAt) {}

  private final Map<CallId, Stored> sessions = new ConcurrentHashMap<>();
  private final Map<CallId, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration timeToLive;

  public InMemorySessionStore(Clock clock, Duration timeToLive) {
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /** How many sessions are stored and not expired. */
  public int size() {
    sessions.entrySet().removeIf(entry -> expired(entry.getValue()));
    return sessions.size();
  }

  /** The stored session of a call, if any. */
  public Optional<Session> peek(CallId call) {
    return Optional.ofNullable(sessions.get(call)).filter(s -> !expired(s)).map(Stored::session);
  }

  @Override
  public Lease lock(CallId call) {
    ReentrantLock lock = locks.computeIfAbsent(call, key -> new ReentrantLock());
    lock.lock();
    return new Lease() {
      @Override
      public Optional<Session> session() {
        return peek(call);
      }

      @Override
      public void save(Session session) {
        sessions.put(call, new Stored(session, clock.instant()));
      }

      @Override
      public void remove() {
        sessions.remove(call);
      }

      @Override
      public void close() {
        lock.unlock();
      }
    };
  }

  private boolean expired(Stored stored) {
    return !clock.instant().isBefore(stored.savedAt().plus(timeToLive));
  }
}
