package org.cityline.common;

/**
 * What a Cityline process sets before anything else runs, so that it behaves on a two-core machine
 * as on a large one.
 *
 * <p>On two cores the JDK's common fork-join pool gets a parallelism of 1, and then both {@code
 * CompletableFuture} and Hazelcast ({@code ConcurrencyUtil.getDefaultAsyncExecutor}) run every
 * asynchronous callback on a <em>new platform thread</em>. Hazelcast futures complete their
 * callbacks that way, as does Vert.x's {@code Future.fromCompletionStage}: hundreds of threads a
 * second under load, each creating a thread and a fresh allocation buffer. Measured in the routing
 * load run: young collections every second and an enqueue-to-offer tail of tens of milliseconds.
 * With a parallelism of 2 both use the common pool.
 */
public final class SmallMachines {

  /** The system property the JDK reads once, when the common pool is first used. */
  public static final String COMMON_PARALLELISM =
      "java.util.concurrent.ForkJoinPool.common.parallelism";

  private SmallMachines() {}

  /**
   * Gives the common pool a parallelism of at least 2, unless one was chosen already ({@code
   * -D...parallelism}). Call first thing in {@code main}: it has no effect once the pool exists.
   *
   * @return the parallelism set, or empty when the property was left alone
   */
  public static java.util.OptionalInt tune(int processors) {
    if (System.getProperty(COMMON_PARALLELISM) != null || processors - 1 >= 2) {
      return java.util.OptionalInt.empty();
    }
    System.setProperty(COMMON_PARALLELISM, "2");
    return java.util.OptionalInt.of(2);
  }

  /** {@link #tune(int)} for this machine. */
  public static java.util.OptionalInt tune() {
    return tune(Runtime.getRuntime().availableProcessors());
  }
}
