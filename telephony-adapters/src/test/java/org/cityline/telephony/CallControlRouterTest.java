package org.cityline.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallId;
import org.cityline.common.call.CallMonitor;
import org.cityline.common.call.MonitorMode;
import org.junit.jupiter.api.Test;

class CallControlRouterTest {

  /** A phone system that only writes down what it was asked. */
  private static final class RecordingCallControl implements CallControl {
    private final String network;
    final List<String> requests = new ArrayList<>();

    RecordingCallControl(String network) {
      this.network = network;
    }

    @Override
    public String network() {
      return network;
    }

    @Override
    public void connectAgent(CallId caller, String agentEndpoint) {
      requests.add("connect " + caller + " " + agentEndpoint);
    }

    @Override
    public void hold(CallId caller) {
      requests.add("hold " + caller);
    }

    @Override
    public void resume(CallId caller) {
      requests.add("resume " + caller);
    }

    @Override
    public void hangup(CallId caller) {
      requests.add("hangup " + caller);
    }
  }

  /** One that can also put a supervisor on a call. */
  private static final class MonitoringCallControl implements CallControl, CallMonitor {
    final List<String> requests = new ArrayList<>();

    @Override
    public String network() {
      return "twilio";
    }

    @Override
    public void connectAgent(CallId caller, String agentEndpoint) {}

    @Override
    public void hold(CallId caller) {}

    @Override
    public void resume(CallId caller) {}

    @Override
    public void hangup(CallId caller) {}

    @Override
    public void monitor(
        CallId caller, String agentEndpoint, String supervisorEndpoint, MonitorMode mode) {
      requests.add(mode + " " + caller + " " + agentEndpoint + " " + supervisorEndpoint);
    }

    @Override
    public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
      requests.add("conference " + caller + " " + consultingEndpoint + " " + consultedEndpoint);
    }
  }

  private final RecordingCallControl sim = new RecordingCallControl("sim");
  private final RecordingCallControl asterisk = new RecordingCallControl("asterisk");
  private final CallControlRouter router = new CallControlRouter(sim, asterisk);

  @Test
  void eachRequestGoesToTheAdapterOwningTheCallsNetwork() {
    CallId simCall = new CallId("sim", "a-1");
    CallId pbxCall = new CallId("asterisk", "1700000000.42");

    router.connectAgent(simCall, "sim:alice");
    router.hold(pbxCall);
    router.resume(pbxCall);
    router.hangup(simCall);

    assertThat(sim.requests).containsExactly("connect sim/a-1 sim:alice", "hangup sim/a-1");
    assertThat(asterisk.requests)
        .containsExactly("hold asterisk/1700000000.42", "resume asterisk/1700000000.42");
  }

  @Test
  void aCallOnANetworkNoAdapterOwnsIsRefusedClearly() {
    CallId twilioCall = new CallId("twilio", "CA0123");

    assertThatThrownBy(() -> router.hold(twilioCall))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("twilio/CA0123")
        .hasMessageContaining("no telephony adapter for the network 'twilio'")
        .hasMessageContaining("asterisk,sim");
    assertThat(sim.requests).isEmpty();
    assertThat(asterisk.requests).isEmpty();
  }

  @Test
  void aSupervisorIsPutOnACallByItsAdapterOrRefusedWhenThatPhoneSystemCannot() {
    MonitoringCallControl twilio = new MonitoringCallControl();
    CallControlRouter both = new CallControlRouter(sim, twilio);

    both.monitor(new CallId("twilio", "CA1"), "client:ann", "client:sue", MonitorMode.WHISPER);

    assertThat(twilio.requests).containsExactly("WHISPER twilio/CA1 client:ann client:sue");
    assertThatThrownBy(
            () -> both.monitor(new CallId("sim", "a-1"), "sim:ann", "sim:sue", MonitorMode.LISTEN))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("the sim phone system cannot put a supervisor on an agent's call");
    assertThat(sim.requests).isEmpty();
  }

  @Test
  void aConferenceGoesToTheCallsAdapterOrIsRefusedByOneThatCannot() {
    MonitoringCallControl twilio = new MonitoringCallControl();
    CallControlRouter both = new CallControlRouter(sim, twilio);

    both.conference(new CallId("twilio", "CA1"), "client:ann", "client:bob");

    assertThat(twilio.requests).containsExactly("conference twilio/CA1 client:ann client:bob");
    assertThatThrownBy(() -> both.conference(new CallId("sim", "a-1"), "sim:ann", "sim:bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("sim cannot put three parties in a conference");
    assertThat(sim.requests).isEmpty();
  }

  @Test
  void itKnowsItsNetworks() {
    assertThat(router.networks()).containsExactlyInAnyOrder("sim", "asterisk");
    assertThat(router.network()).isEqualTo("asterisk,sim");
  }

  @Test
  void itRefusesNoAdaptersTwoAdaptersForOneNetworkAndNoCall() {
    assertThatThrownBy(() -> new CallControlRouter(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one adapter");
    assertThatThrownBy(() -> new CallControlRouter(sim, new RecordingCallControl("sim")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sim'");
    assertThatThrownBy(() -> router.hangup(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
