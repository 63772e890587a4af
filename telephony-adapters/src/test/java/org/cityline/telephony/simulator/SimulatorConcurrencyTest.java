package org.cityline.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.simulator.SimulatedCall.State;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events for one call reach the handler one at a time and in order, however many threads press
 * keys; and the handler may drive {@code CallControl} from inside {@code handle} without being
 * re-entered or deadlocking.
 */
class SimulatorConcurrencyTest {

  static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");
  static final Prompt MENU =
      Prompt.of(Language.ENGLISH, new Prompt.Part.Phrase("menu", "Press a key."));
  static final CallCommand LISTEN = CallCommand.Collect.menu(MENU, Duration.ofSeconds(5));

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final SimulatedNetwork network = new SimulatedNetwork(clock, scheduler);
  final RecordingHandler handler = new RecordingHandler();

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void keysFromManyThreadsReachTheHandlerOneAtATimeAndNoneIsLost() throws Exception {
    handler.answering(event -> List.of(LISTEN));
    network.attach(handler);
    CallId call = place();
    List<Thread> callers = new ArrayList<>();
    for (String key : List.of("1", "2", "3", "4")) {
      callers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < 100; i++) {
                      network.pressKeys(call, key);
                    }
                  }));
    }
    for (Thread caller : callers) {
      caller.join();
    }
    settle();

    List<String> keys =
        handler.events(call, CallEvent.DigitsEntered.class).stream()
            .map(CallEvent.DigitsEntered::digits)
            .toList();
    assertThat(keys).hasSize(400);
    for (String key : List.of("1", "2", "3", "4")) {
      assertThat(keys).filteredOn(key::equals).hasSize(100);
    }
    assertThat(handler.overlaps()).isZero();
  }

  @Test
  void keysFromOneCallerArriveInTheOrderPressedEvenWhenTheHandlerIsSlow() {
    handler.answering(
        event -> {
          Thread.onSpinWait();
          return List.of(LISTEN);
        });
    network.attach(handler);
    CallId call = place();
    StringBuilder pressed = new StringBuilder();
    String keypad = "0123456789*#";
    for (int i = 0; i < 300; i++) {
      String key =
          String.valueOf(
              keypad.charAt((i * 7) % 11)); // never '#', which is not a finish key here anyway
      pressed.append(key);
      network.pressKeys(call, key);
    }
    settle();

    String delivered =
        String.join(
            "",
            handler.events(call, CallEvent.DigitsEntered.class).stream()
                .map(CallEvent.DigitsEntered::digits)
                .toList());
    assertThat(delivered).isEqualTo(pressed.toString());
    assertThat(handler.overlaps()).isZero();
  }

  @Test
  void aHandlerMayDriveCallControlFromInsideHandleWithoutBeingReentered() {
    handler.answering(
        event ->
            switch (event) {
              case CallEvent.CallArrived arrived -> List.of(LISTEN);
              case CallEvent.DigitsEntered digits -> {
                network.connectAgent(digits.callId(), "sim:alice");
                network.hold(digits.callId());
                network.resume(digits.callId());
                network.hangup(digits.callId());
                yield List.of();
              }
              default -> List.of();
            });
    network.attach(handler);
    CallId call = place();

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          network.pressKeys(call, "0");
          settle();
        });

    assertThat(handler.reentries()).isZero();
    assertThat(handler.events(call))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("CallArrived", "DigitsEntered", "AgentConnected", "CallEnded");
    assertThat(network.call(call).orElseThrow().state()).isEqualTo(State.ENDED);
  }

  @Test
  void aHandlerWaitingOnAnotherThreadThatUsesCallControlDoesNotDeadlock() {
    AtomicReference<Throwable> otherThreadFailure = new AtomicReference<>();
    handler.answering(
        event -> {
          if (event instanceof CallEvent.DigitsEntered digits) {
            // Like routing: hold a lock, let another thread act on the call, wait for it.
            synchronized (this) {
              Thread other =
                  Thread.ofPlatform()
                      .start(
                          () -> {
                            try {
                              network.connectAgent(digits.callId(), "sim:alice");
                            } catch (Throwable t) {
                              otherThreadFailure.set(t);
                            }
                          });
              try {
                other.join(TimeUnit.SECONDS.toMillis(10));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return List.of(new CallCommand.WaitForAgent(MENU));
          }
          return List.of(LISTEN);
        });
    network.attach(handler);
    CallId call = place();

    assertTimeoutPreemptively(
        Duration.ofSeconds(15),
        () -> {
          network.pressKeys(call, "0");
          settle();
        });

    assertThat(otherThreadFailure.get()).isNull();
    assertThat(handler.overlaps()).isZero();
    assertThat(network.call(call).orElseThrow().state())
        .as("connected while the IVR was still answering: the caller stays with the agent")
        .isEqualTo(State.CONNECTED);
    assertThat(handler.events(call)).last().isInstanceOf(CallEvent.AgentConnected.class);
  }

  @Test
  void differentCallsAreHandledAtTheSameTime() throws Exception {
    CountDownLatch bothInside = new CountDownLatch(2);
    handler.answering(
        event -> {
          bothInside.countDown();
          try {
            bothInside.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return List.of(LISTEN);
        });
    network.attach(handler);

    network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH);
    network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH);

    assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();
    settle();
  }

  private CallId place() {
    CallerResult result = network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH);
    settle();
    return ((CallerResult.Placed) result).call();
  }

  private void settle() {
    assertThat(network.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }
}
