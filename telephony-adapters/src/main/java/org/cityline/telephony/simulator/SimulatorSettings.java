package org.cityline.telephony.simulator;

import java.time.Duration;

/**
 * How much the simulator keeps.
 *
 * @param endedCallRetention how long an ended call stays readable (for its final transcript)
 * @param maxEndedCalls at most this many ended calls are kept; the oldest go first
 * @param maxLiveCalls placing a call beyond this many live calls is refused
 * @param maxTranscriptLines a call keeps its last this-many transcript lines (and key entries)
 */
public record SimulatorSettings(
    Duration endedCallRetention, int maxEndedCalls, int maxLiveCalls, int maxTranscriptLines) {

  public SimulatorSettings {
    if (endedCallRetention == null || endedCallRetention.isNegative()) {
      throw new IllegalArgumentException("the ended-call retention must be zero or more");
    }
    if (maxEndedCalls < 0) {
      throw new IllegalArgumentException("maxEndedCalls must be zero or more: " + maxEndedCalls);
    }
    if (maxLiveCalls < 1) {
      throw new IllegalArgumentException("maxLiveCalls must be at least 1: " + maxLiveCalls);
    }
    if (maxTranscriptLines < 10) {
      throw new IllegalArgumentException(
          "maxTranscriptLines must be at least 10: " + maxTranscriptLines);
    }
  }

  /** 15 minutes or the last 1,000 ended calls; 10,000 live calls; 500 lines per call. */
  public static SimulatorSettings defaults() {
    return new SimulatorSettings(Duration.ofMinutes(15), 1_000, 10_000, 500);
  }
}
