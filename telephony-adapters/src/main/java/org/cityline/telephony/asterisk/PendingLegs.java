package org.cityline.telephony.asterisk;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Originates sent and not yet answered, by the ActionID that their {@code OriginateResponse} event
 * carries back.
 */
final class PendingLegs {

  /** What an originate was for. */
  enum Kind {
    /** An agent's phone, to bridge to a waiting caller. */
    AGENT,
    /** A second agent's phone, brought onto a call with an agent (a consult, a conference). */
    JOIN,
    /** A callback to a customer. */
    CALLBACK,
    /** A supervisor's phone, into ChanSpy. */
    LISTEN_IN
  }

  /** One originate in flight. */
  record Leg(Kind kind, AsteriskCall call, String endpoint) {}

  private final String prefix;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Leg> legs = new ConcurrentHashMap<>();

  PendingLegs(String prefix) {
    this.prefix = prefix;
  }

  /** Registers a leg about to be originated; returns the ActionID to send it with. */
  String expect(Kind kind, AsteriskCall call, String endpoint) {
    String actionId = prefix + sequence.incrementAndGet();
    legs.put(actionId, new Leg(kind, call, endpoint));
    return actionId;
  }

  Optional<Leg> take(String actionId) {
    return actionId == null ? Optional.empty() : Optional.ofNullable(legs.remove(actionId));
  }

  void forget(String actionId) {
    legs.remove(actionId);
  }

  int size() {
    return legs.size();
  }
}
