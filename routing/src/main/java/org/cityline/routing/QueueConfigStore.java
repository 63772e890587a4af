package org.cityline.routing;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the queue configuration every node uses is kept (the queue file's text), so a change made
 * on one node reaches all. The first node to start seeds it; later nodes take what is there.
 */
public interface QueueConfigStore {

  /** The text in use, if any node has seeded it. */
  Optional<String> current();

  /** Seeds the text unless some node already has; returns the text in use after. */
  String seed(String text);

  /** Replaces the text in use; every node's listener hears of it. */
  void publish(String text);

  /** Calls the listener with every new text (on some thread of the store's). */
  void onChange(Consumer<String> listener);
}
