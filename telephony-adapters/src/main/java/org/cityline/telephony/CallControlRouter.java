package org.cityline.telephony;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallId;
import org.cityline.common.call.CallMonitor;
import org.cityline.common.call.MonitorMode;

/**
 * The one {@link CallControl} routing and the desktop use: each request goes to the adapter that
 * owns the call, found by {@link CallId#network()}. A node may run several adapters at once (the
 * simulator beside Asterisk, for instance).
 */
public final class CallControlRouter implements CallControl, CallMonitor {

  private final Map<String, CallControl> byNetwork;
  private final CallControl outbound;

  /**
   * @param adapters one adapter per network; at least one, no network twice
   */
  public CallControlRouter(List<? extends CallControl> adapters) {
    if (adapters == null || adapters.isEmpty()) {
      throw new IllegalArgumentException("the call-control router needs at least one adapter");
    }
    Map<String, CallControl> map = new LinkedHashMap<>();
    for (CallControl adapter : adapters) {
      CallControl previous = map.putIfAbsent(adapter.network(), adapter);
      if (previous != null) {
        throw new IllegalArgumentException(
            "two telephony adapters claim the network '" + adapter.network() + "'");
      }
    }
    this.byNetwork = Map.copyOf(map);
    this.outbound = adapters.getFirst();
  }

  public CallControlRouter(CallControl... adapters) {
    this(List.of(adapters));
  }

  /** The networks this router reaches. */
  public Set<String> networks() {
    return byNetwork.keySet();
  }

  /** The networks it reaches, joined by commas (a router owns no network of its own). */
  @Override
  public String network() {
    return String.join(",", byNetwork.keySet().stream().sorted().toList());
  }

  @Override
  public void connectAgent(CallId caller, String agentEndpoint) {
    adapterFor(caller).connectAgent(caller, agentEndpoint);
  }

  @Override
  public void hold(CallId caller) {
    adapterFor(caller).hold(caller);
  }

  @Override
  public void resume(CallId caller) {
    adapterFor(caller).resume(caller);
  }

  @Override
  public void hangup(CallId caller) {
    adapterFor(caller).hangup(caller);
  }

  @Override
  public void addAgent(CallId caller, String agentEndpoint) {
    adapterFor(caller).addAgent(caller, agentEndpoint);
  }

  @Override
  public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    adapterFor(caller).conference(caller, consultingEndpoint, consultedEndpoint);
  }

  /** Through the caller's adapter, when that phone system can put a supervisor on a call. */
  @Override
  public void monitor(
      CallId caller, String agentEndpoint, String supervisorEndpoint, MonitorMode mode) {
    if (!(adapterFor(caller) instanceof CallMonitor adapter)) {
      throw new CallControlException(
          caller,
          "the " + caller.network() + " phone system cannot put a supervisor on an agent's call");
    }
    adapter.monitor(caller, agentEndpoint, supervisorEndpoint, mode);
  }

  @Override
  public void dropAgent(CallId caller, String agentEndpoint) {
    adapterFor(caller).dropAgent(caller, agentEndpoint);
  }

  /** Outbound calls (callbacks) go out through the first adapter the router was given. */
  @Override
  public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    return outbound.originate(to, callerId, language);
  }

  /** Whether the phone system carrying this call captures payments itself (a connector). */
  public boolean capturesPayments(CallId call) {
    CallControl adapter = byNetwork.get(call.network());
    return adapter != null && adapter.capturesPayments();
  }

  private CallControl adapterFor(CallId call) {
    if (call == null) {
      throw new IllegalArgumentException("a call-control request needs a call id");
    }
    CallControl adapter = byNetwork.get(call.network());
    if (adapter == null) {
      throw new CallControlException(
          call,
          "no telephony adapter for the network '"
              + call.network()
              + "' runs on this node (it runs: "
              + network()
              + "); check the telephony adapter in the configuration");
    }
    return adapter;
  }
}
