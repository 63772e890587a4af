package org.cityline.routing.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallId;

/**
 * A phone system that records what it was asked to do, in order ("connect sim/1 sim:ann", "hold
 * sim/1", "originate +15055550123 -> sim/out-1"), and can be told to fail the next request of a
 * kind. Callbacks are placed as {@code sim/out-N}; the test answers them by handing routing a
 * {@code CallAnswered}.
 */
public final class FakeCallControl implements CallControl, org.cityline.common.call.CallMonitor {

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicReference<String> failNext = new AtomicReference<>();
  private final AtomicInteger outbound = new AtomicInteger();

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

  @Override
  public void addAgent(CallId caller, String agentEndpoint) {
    request("add", caller, " " + agentEndpoint);
  }

  @Override
  public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    request("conference", caller, " " + consultingEndpoint + " " + consultedEndpoint);
  }

  @Override
  public void monitor(
      CallId caller,
      String agentEndpoint,
      String supervisorEndpoint,
      org.cityline.common.call.MonitorMode mode) {
    request("monitor", caller, " " + agentEndpoint + " " + supervisorEndpoint + " " + mode);
  }

  @Override
  public void dropAgent(CallId caller, String agentEndpoint) {
    request("drop", caller, " " + agentEndpoint);
  }

  @Override
  public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    if (failNext.compareAndSet("originate", null)) {
      throw new CallControlException("the fake phone system refused to call " + to.lastFour());
    }
    CallId call = new CallId("sim", "out-" + outbound.incrementAndGet());
    requests.add("originate " + to.e164() + " -> " + call);
    whilePlacing.accept(call);
    return call;
  }

  /**
   * Runs while a call is being placed, before {@code originate} returns (a phone system that
   * reports the customer's answer at once).
   */
  public void whilePlacing(java.util.function.Consumer<CallId> action) {
    whilePlacing = action;
  }

  private volatile java.util.function.Consumer<CallId> whilePlacing = call -> {};

  /** The next request of this kind ("connect", "hold", "originate"...) fails. */
  public void failNext(String kind) {
    failNext.set(kind);
  }

  /** What was asked, in order; failed requests are not listed. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** The last outbound call placed. */
  public CallId lastOutbound() {
    return new CallId("sim", "out-" + outbound.get());
  }

  private void request(String kind, CallId caller, String detail) {
    if (failNext.compareAndSet(kind, null)) {
      throw new CallControlException(caller, "the fake phone system refused " + kind);
    }
    requests.add(kind + " " + caller + detail);
  }
}
