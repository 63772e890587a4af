package org.cityline.routing.hazelcast;

import java.time.Instant;
import java.util.Optional;

/** Instants as nanoseconds since the epoch (exact, and eight bytes in a Compact record). */
final class Epoch {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private Epoch() {}

  static long nanos(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }

  static Long nanos(Optional<Instant> instant) {
    return instant.map(Epoch::nanos).orElse(null);
  }

  static Optional<Instant> instant(Long nanos) {
    return nanos == null ? Optional.empty() : Optional.of(instant(nanos.longValue()));
  }
}
