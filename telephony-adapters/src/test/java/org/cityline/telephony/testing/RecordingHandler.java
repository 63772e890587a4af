package org.cityline.telephony.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;

/**
 * A call handler for adapter tests: it answers each event with what the test's script says, keeps
 * every event in order, and watches for the two things an adapter must never do: hand one call two
 * events at once, or call it again from inside its own {@code handle} (re-entrancy).
 */
public final class RecordingHandler implements CallEventHandler {

  private final List<CallEvent> events = new CopyOnWriteArrayList<>();
  private final Map<CallId, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger overlaps = new AtomicInteger();
  private final AtomicInteger reentries = new AtomicInteger();
  private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
  private volatile Function<CallEvent, List<CallCommand>> script = event -> List.of();

  /** Answers every event with {@code script}'s commands from now on. */
  public RecordingHandler answering(Function<CallEvent, List<CallCommand>> newScript) {
    this.script = newScript;
    return this;
  }

  @Override
  public List<CallCommand> handle(CallEvent event) {
    if (inside.get()) {
      reentries.incrementAndGet();
    }
    AtomicInteger busy = inFlight.computeIfAbsent(event.callId(), id -> new AtomicInteger());
    if (busy.incrementAndGet() > 1) {
      overlaps.incrementAndGet();
    }
    inside.set(true);
    try {
      events.add(event);
      return script.apply(event);
    } finally {
      inside.set(false);
      busy.decrementAndGet();
    }
  }

  public List<CallEvent> events() {
    return List.copyOf(events);
  }

  public List<CallEvent> events(CallId call) {
    return events.stream().filter(e -> e.callId().equals(call)).toList();
  }

  /** The events of one type for a call, in order. */
  public <T extends CallEvent> List<T> events(CallId call, Class<T> type) {
    return events(call).stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Times one call had two events in the handler at once (must stay 0). */
  public int overlaps() {
    return overlaps.get();
  }

  /** Times the handler was called from inside itself on one thread (must stay 0). */
  public int reentries() {
    return reentries.get();
  }
}
