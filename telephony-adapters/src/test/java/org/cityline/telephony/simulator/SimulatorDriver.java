package org.cityline.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.contract.CallerLine;
import org.cityline.telephony.contract.TelephonyDriver;

/** Plays the caller on the simulator, for the telephony contract. */
public final class SimulatorDriver implements TelephonyDriver {

  private final SimulatedNetwork network;
  private final ManualScheduler scheduler;

  public SimulatorDriver(SimulatedNetwork network, ManualScheduler scheduler) {
    this.network = network;
    this.scheduler = scheduler;
  }

  public SimulatedNetwork network() {
    return network;
  }

  @Override
  public CallId placeCall(String from, String to) {
    Optional<PhoneNumber> caller =
        "anonymous".equals(from) ? Optional.empty() : Optional.of(PhoneNumber.of(from));
    CallerResult result = network.placeCall(caller, PhoneNumber.of(to), Language.ENGLISH);
    assertThat(result).isInstanceOf(CallerResult.Placed.class);
    return ((CallerResult.Placed) result).call();
  }

  @Override
  public void pressKeys(CallId call, String keys) {
    assertThat(network.pressKeys(call, keys)).isInstanceOf(CallerResult.Accepted.class);
  }

  @Override
  public void hangUp(CallId call) {
    assertThat(network.callerHangsUp(call)).isInstanceOf(CallerResult.Accepted.class);
  }

  @Override
  public List<String> heard(CallId call) {
    return snapshot(call).prompts();
  }

  @Override
  public CallerLine line(CallId call) {
    return switch (snapshot(call).state()) {
      case RINGING -> CallerLine.RINGING;
      case IN_IVR -> CallerLine.IVR;
      case WAITING -> CallerLine.WAITING;
      case CONNECTED -> CallerLine.WITH_AGENT;
      case ON_HOLD -> CallerLine.ON_HOLD;
      case ENDED -> CallerLine.ENDED;
    };
  }

  @Override
  public void elapse(Duration silence) {
    settle();
    scheduler.advance(silence);
    settle();
  }

  @Override
  public void settle() {
    assertThat(network.awaitIdle(Duration.ofSeconds(10)))
        .as("the simulator handled every event within 10 s")
        .isTrue();
  }

  @Override
  public CallControl callControl() {
    return network;
  }

  @Override
  public String deskPhone(String username) {
    return SimulatedNetwork.DESK_PHONE_PREFIX + username;
  }

  @Override
  public void deskPhoneDoesNotAnswer(String username) {
    network.setDeskPhoneAnswering(username, false);
  }

  @Override
  public void close() {
    network.close();
  }

  private SimulatedCall snapshot(CallId call) {
    return network.call(call).orElseThrow(() -> new AssertionError("the simulator has no " + call));
  }
}
