package org.cityline.telephony.asterisk;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.common.call.CallId;

/**
 * The calls an Asterisk adapter knows: live callers by uniqueid, agent legs by their uniqueid, and
 * the last ended calls (so a late hang-up request is a no-op rather than an unknown call).
 */
final class CallBook {

  private static final int ENDED_KEPT = 10_000;

  private final int maxLive;
  private final Map<String, AsteriskCall> live = new ConcurrentHashMap<>();
  private final Map<String, AsteriskCall> byAgentLeg = new ConcurrentHashMap<>();
  private final Map<CallId, Boolean> ended =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CallId, Boolean> eldest) {
          return size() > ENDED_KEPT;
        }
      };

  CallBook(int maxLive) {
    this.maxLive = maxLive;
  }

  /** Adds a call; false when the limit of live calls is reached or the uniqueid is known. */
  boolean add(AsteriskCall call) {
    if (live.size() >= maxLive) {
      return false;
    }
    return live.putIfAbsent(call.uniqueId, call) == null;
  }

  Optional<AsteriskCall> caller(String uniqueId) {
    return uniqueId == null ? Optional.empty() : Optional.ofNullable(live.get(uniqueId));
  }

  Optional<AsteriskCall> call(CallId id) {
    return caller(id.localId());
  }

  Optional<AsteriskCall> byAgentLeg(String uniqueId) {
    return uniqueId == null ? Optional.empty() : Optional.ofNullable(byAgentLeg.get(uniqueId));
  }

  void agentLeg(String uniqueId, AsteriskCall call) {
    byAgentLeg.put(uniqueId, call);
  }

  void forgetAgentLeg(String uniqueId) {
    byAgentLeg.remove(uniqueId);
  }

  /** Moves an ended call out of the live book. */
  void retire(AsteriskCall call) {
    live.remove(call.uniqueId, call);
    call.agents().forEach(leg -> byAgentLeg.remove(leg.uniqueId(), call));
    synchronized (ended) {
      ended.put(call.id, Boolean.TRUE);
    }
  }

  boolean endedRecently(CallId id) {
    synchronized (ended) {
      return ended.containsKey(id);
    }
  }

  Collection<AsteriskCall> live() {
    return List.copyOf(live.values());
  }

  int liveCount() {
    return live.size();
  }
}
