package org.cityline.telephony.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's calls by id: every live call, and ended calls until they are older than the
 * retention or beyond the count kept. Eviction is lazy (on placing and listing calls, and on each
 * end for the count), so no timer is needed. Never locks a call while holding its own lock.
 */
final class CallBook {

  private final SimulatorSettings settings;
  private final Map<String, LiveCall> calls = new LinkedHashMap<>();
  private final ArrayDeque<Ended> ended = new ArrayDeque<>();

  private record Ended(LiveCall call, Instant at) {}

  CallBook(SimulatorSettings settings) {
    this.settings = settings;
  }

  /** Adds a call unless the simulator carries its limit of live calls. */
  synchronized boolean add(LiveCall call, Instant now) {
    evict(now);
    if (calls.size() - ended.size() >= settings.maxLiveCalls()) {
      return false;
    }
    calls.put(call.id.localId(), call);
    return true;
  }

  synchronized Optional<LiveCall> find(String localId) {
    return Optional.ofNullable(calls.get(localId));
  }

  /** A call ended: it is kept for the retention, within the count. */
  synchronized void ended(LiveCall call, Instant at) {
    if (!calls.containsKey(call.id.localId())) {
      return;
    }
    ended.addLast(new Ended(call, at));
    while (ended.size() > settings.maxEndedCalls()) {
      calls.remove(ended.removeFirst().call().id.localId());
    }
  }

  /** The most recently placed calls first, live and kept. */
  synchronized List<LiveCall> newest(int limit, Instant now) {
    evict(now);
    List<LiveCall> all = new ArrayList<>(calls.values());
    List<LiveCall> newest = new ArrayList<>(Math.min(limit, all.size()));
    for (int i = all.size() - 1; i >= 0 && newest.size() < limit; i--) {
      newest.add(all.get(i));
    }
    return newest;
  }

  synchronized List<LiveCall> all() {
    return List.copyOf(calls.values());
  }

  synchronized int liveCount() {
    return calls.size() - ended.size();
  }

  synchronized int size() {
    return calls.size();
  }

  private void evict(Instant now) {
    Instant cutoff = now.minus(settings.endedCallRetention());
    while (!ended.isEmpty() && ended.peekFirst().at().isBefore(cutoff)) {
      calls.remove(ended.removeFirst().call().id.localId());
    }
  }
}
