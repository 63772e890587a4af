package org.cityline.routing.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;

/**
 * The queues in use on this node, which may be replaced while routing runs (a new queue file, the
 * admin API); readers always see one whole directory with its plans.
 */
public final class QueueConfig {

  /**
   * One configuration, prepared once: the plans by queue and in configuration order (the matcher
   * asks for them on every decision).
   */
  private record Current(
      QueueDirectory directory, Map<QueueId, QueuePlan> plans, List<QueuePlan> ordered) {}

  private volatile Current current;
  private final List<Consumer<QueueDirectory>> listeners = new CopyOnWriteArrayList<>();

  public QueueConfig(QueueDirectory directory) {
    this.current = prepare(directory);
  }

  private static Current prepare(QueueDirectory directory) {
    Map<QueueId, QueuePlan> plans = new LinkedHashMap<>();
    for (QueueDefinition queue : directory.all()) {
      plans.put(queue.id(), new QueuePlan(queue));
    }
    return new Current(directory, Map.copyOf(plans), List.copyOf(plans.values()));
  }

  public QueueDirectory directory() {
    return current.directory();
  }

  public Optional<QueueDefinition> find(QueueId id) {
    return current.directory().find(id);
  }

  public Optional<QueuePlan> plan(QueueId id) {
    return Optional.ofNullable(current.plans().get(id));
  }

  /** Every queue's plan, in configuration order. */
  public Collection<QueuePlan> plans() {
    return current.ordered();
  }

  /** Uses another directory from now on and tells the listeners. */
  public void replace(QueueDirectory directory) {
    if (directory.equals(current.directory())) {
      return;
    }
    current = prepare(directory);
    listeners.forEach(listener -> listener.accept(directory));
  }

  /** Calls the listener after every replacement. */
  public void onChange(Consumer<QueueDirectory> listener) {
    listeners.add(listener);
  }
}
