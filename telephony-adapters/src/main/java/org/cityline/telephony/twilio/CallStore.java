package org.cityline.telephony.twilio;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Per-call state in a Hazelcast map, keyed by CallSid: any node answers any webhook. Work on a call
 * runs under the map's lock for its key, so a webhook retried onto another node waits for the first
 * and then sees its result.
 */
final class CallStore {

  /** Live calls are kept at most this long (Twilio's own limit on a call is 4 hours). */
  static final Duration LIVE_TTL = Duration.ofHours(5);

  /** An ended call is kept this long, so late or retried callbacks are recognised. */
  static final Duration ENDED_TTL = Duration.ofMinutes(15);

  private static final long LOCK_WAIT_SECONDS = 10;

  private final IMap<String, TwilioCall> calls;

  CallStore(HazelcastInstance hazelcast, String mapName) {
    this.calls = hazelcast.getMap(mapName);
  }

  Optional<TwilioCall> get(String callSid) {
    return Optional.ofNullable(calls.get(callSid));
  }

  /**
   * Runs {@code work} on the call's current state (null when unknown) under its lock and stores
   * what it returns (null: leave the state as it is).
   */
  <R> R update(String callSid, Function<TwilioCall, Change<R>> work) {
    boolean locked;
    try {
      locked = calls.tryLock(callSid, LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for call " + callSid, e);
    }
    if (!locked) {
      throw new IllegalStateException(
          "call " + callSid + " stayed locked over " + LOCK_WAIT_SECONDS + " s; try again");
    }
    try {
      Change<R> change = work.apply(calls.get(callSid));
      if (change.next() != null) {
        Duration ttl = change.next().live() ? LIVE_TTL : ENDED_TTL;
        calls.set(callSid, change.next(), ttl.toSeconds(), TimeUnit.SECONDS);
      }
      return change.result();
    } finally {
      calls.unlock(callSid);
    }
  }

  /** Calls known: live ones and those ended in the last {@link #ENDED_TTL} (for health). */
  int size() {
    return calls.size();
  }

  /**
   * What a piece of work decided.
   *
   * @param next the call's new state, or null to leave it
   * @param result what the work answers
   */
  record Change<R>(TwilioCall next, R result) {
    static <R> Change<R> keep(R result) {
      return new Change<>(null, result);
    }

    static <R> Change<R> store(TwilioCall next, R result) {
      return new Change<>(next, result);
    }
  }
}
