package org.cityline.routing.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallId;

/**
 * A phone system that records what it was asked to do, in order ("connect sim/1 sim:ann", "hold
 * sim/1"), and can be told to fail the next request of a kind.
 */
public final class FakeCallControl implements CallControl {

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicReference<String> failNext = new AtomicReference<>();

  @Override
  public String network() {
    return "sim";
  }

  @Override
  public void connectAgent(CallId caller, String agentEndpoint) {
    request("connect", caller, " " + agentEndpoint);
  }

  @Override
  public void hold(CallId caller) {
    request("hold", caller, "");
  }

  @Override
  public void resume(CallId caller) {
    request("resume", caller, "");
  }

  @Override
  public void hangup(CallId caller) {
    request("hangup", caller, "");
  }

  /** The next request of this kind ("connect", "hold", "resume", "hangup") fails. */
  public void failNext(String kind) {
    failNext.set(kind);
  }

  /** What was asked, in order; failed requests are not listed. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void request(String kind, CallId caller, String detail) {
    if (failNext.compareAndSet(kind, null)) {
      throw new CallControlException(caller, "the fake phone system refused " + kind);
    }
    requests.add(kind + " " + caller + detail);
  }
}
