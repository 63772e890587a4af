package org.cityline.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ended calls stay readable for a while, then go: the simulator's memory stays bounded. */
class SimulatorRetentionTest {

  static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final SimulatedNetwork network =
      new SimulatedNetwork(
          clock, scheduler, new SimulatorSettings(Duration.ofMinutes(15), 3, 5, 100));

  {
    network.attach(new RecordingHandler());
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void anEndedCallIsReadableUntilItsRetentionPasses() {
    CallId ended = place();
    network.callerHangsUp(ended);
    CallId live = place();

    clock.advance(Duration.ofMinutes(15));
    assertThat(network.recentCalls(10)).extracting(SimulatedCall::id).containsExactly(live, ended);

    clock.advance(Duration.ofSeconds(1));
    assertThat(network.recentCalls(10)).extracting(SimulatedCall::id).containsExactly(live);
    assertThat(network.call(ended)).isEmpty();
    assertThat(network.call(live)).isPresent();
  }

  @Test
  void onlyTheLastEndedCallsAreKeptAndLiveCallsNeverGo() {
    CallId live = place();
    List<CallId> ended =
        List.of(place(), place(), place(), place()).stream().peek(network::callerHangsUp).toList();

    assertThat(network.call(ended.get(0))).as("the oldest ended call is evicted").isEmpty();
    assertThat(network.recentCalls(10))
        .extracting(SimulatedCall::id)
        .containsExactly(ended.get(3), ended.get(2), ended.get(1), live);
  }

  @Test
  void beyondItsLiveCallLimitTheSimulatorRefusesCallsUntilOneEnds() {
    List<CallId> calls = List.of(place(), place(), place(), place(), place());

    CallerResult refused = network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH);

    assertThat(refused).isInstanceOf(CallerResult.Unavailable.class);
    assertThat(((CallerResult.Unavailable) refused).reason()).contains("5 live calls");
    assertThat(network.liveCalls()).isEqualTo(5);
    network.callerHangsUp(calls.getFirst());
    assertThat(network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH))
        .isInstanceOf(CallerResult.Placed.class);
  }

  @Test
  void theListIsNewestFirstAndLimited() {
    CallId first = place();
    CallId second = place();
    CallId third = place();

    assertThat(network.recentCalls(2)).extracting(SimulatedCall::id).containsExactly(third, second);
    assertThat(network.recentCalls(10))
        .extracting(SimulatedCall::id)
        .containsExactly(third, second, first);
  }

  private CallId place() {
    CallerResult result = network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH);
    assertThat(network.awaitIdle(Duration.ofSeconds(10))).isTrue();
    return ((CallerResult.Placed) result).call();
  }
}
