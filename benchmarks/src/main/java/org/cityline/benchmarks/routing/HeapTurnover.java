package org.cityline.benchmarks.routing;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a phase fills, as the collector sees it: the growth of the used heap between
 * collections, summed, plus the growth since the last one. Unlike per-thread allocation counters it
 * counts every thread (virtual ones too) and everything a collection has to clear, which is what
 * decides how often young collections pause the node.
 */
final class HeapTurnover {

  private final AtomicLong filled = new AtomicLong();
  private final AtomicLong lastAfter = new AtomicLong();
  private final List<Runnable> removals = new ArrayList<>();

  private HeapTurnover() {}

  static HeapTurnover start() {
    HeapTurnover turnover = new HeapTurnover();
    turnover.lastAfter.set(used());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        NotificationListener listener =
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                var info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                turnover.collected(
                    sum(info.getGcInfo().getMemoryUsageBeforeGc()),
                    sum(info.getGcInfo().getMemoryUsageAfterGc()));
              }
            };
        emitter.addNotificationListener(listener, null, null);
        turnover.removals.add(
            () -> {
              try {
                emitter.removeNotificationListener(listener);
              } catch (javax.management.ListenerNotFoundException e) {
                // already gone
              }
            });
      }
    }
    return turnover;
  }

  private synchronized void collected(long before, long after) {
    filled.addAndGet(Math.max(0, before - lastAfter.get()));
    lastAfter.set(after);
  }

  /** Stops counting; the bytes filled since {@link #start}. */
  synchronized long stop() {
    removals.forEach(Runnable::run);
    return filled.get() + Math.max(0, used() - lastAfter.get());
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long sum(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (MemoryUsage usage : pools.values()) {
      used += usage.getUsed();
    }
    return used;
  }
}
