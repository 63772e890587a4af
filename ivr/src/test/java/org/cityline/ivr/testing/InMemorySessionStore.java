package org.cityline.ivr.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.cityline.common.call.CallId;
import org.cityline.ivr.SessionStore;
import org.cityline.ivr.flow.Session;

/**
 * Sessions in a map, one lock per call, expiring {@code timeToLive} after their last save by the
 * given clock (move a {@code ManualClock}, then {@link #expire()} or read, to expire them).
 */
public final class InMemorySessionStore implements SessionStore {

  private record Stored(Session session, Instant savedAt) {}

  private final Map<CallId, Stored> sessions = new ConcurrentHashMap<>();
  private final Map<CallId, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final List<Consumer<Session>> listeners = new CopyOnWriteArrayList<>();
  private final Clock clock;
  private final Duration timeToLive;

  public InMemorySessionStore(Clock clock, Duration timeToLive) {
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /** How many sessions are stored and not expired. */
  public int size() {
    expire();
    return sessions.size();
  }

  /** The stored session of a call, if any. */
  public Optional<Session> peek(CallId call) {
    expire();
    return Optional.ofNullable(sessions.get(call)).map(Stored::session);
  }

  /** Drops expired sessions, telling the listeners, as Hazelcast's expiry task does. */
  public void expire() {
    for (Map.Entry<CallId, Stored> entry : sessions.entrySet()) {
      if (expired(entry.getValue()) && sessions.remove(entry.getKey(), entry.getValue())) {
        listeners.forEach(listener -> listener.accept(entry.getValue().session()));
      }
    }
  }

  @Override
  public void onExpired(Consumer<Session> listener) {
    listeners.add(listener);
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
