package org.cityline.benchmarks.asterisk;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies in nanoseconds, collected from many threads; percentiles in milliseconds. */
final class Latencies {

  private long[] values = new long[1 << 16];
  private int size;
  private final AtomicInteger failures = new AtomicInteger();

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  void failed() {
    failures.incrementAndGet();
  }

  synchronized String summary() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%d round trips, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %d failed sessions",
        size,
        at(sorted, 0.50),
        at(sorted, 0.90),
        at(sorted, 0.99),
        size == 0 ? 0 : sorted[size - 1] / 1e6,
        failures.get());
  }

  synchronized double percentile(double p) {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return at(sorted, p);
  }

  private static double at(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
