package org.cityline.routing.hazelcast;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for an entry processor started with {@code submitToKey}. */
final class Replies {

  private Replies() {}

  /**
   * The reply, or what the cluster threw, as {@code executeOnKey} would have thrown it (not wrapped
   * in a {@link CompletionException}).
   */
  static <T> T await(CompletableFuture<T> reply) {
    try {
      return reply.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
