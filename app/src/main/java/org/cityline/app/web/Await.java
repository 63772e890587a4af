package org.cityline.app.web;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a Vert.x future from a thread that may block (the launcher, a worker, a virtual
 * thread); never call it on an event loop.
 */
public final class Await {

  private Await() {}

  /**
   * The future's result.
   *
   * @param what what is awaited, for the message ("the API server to listen")
   * @throws IllegalStateException naming {@code what} when it failed or timed out
   */
  public static <T> T result(Future<T> future, Duration timeout, String what) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "timed out after " + timeout.toMillis() + " ms waiting for " + what, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what, e);
    }
  }
}
