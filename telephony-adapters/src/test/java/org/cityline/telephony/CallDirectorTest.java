package org.cityline.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.testing.ManualClock;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.Test;

class CallDirectorTest {

  private static final CallId CALL = new CallId("sim", "c-1");
  private static final Instant AT = Instant.parse("2026-03-02T16:00:00Z");
  private static final List<CallCommand> GREET =
      List.of(
          new CallCommand.Answer(),
          new CallCommand.Play(
              Prompt.of(Language.ENGLISH, new Prompt.Part.Phrase("hi", "Hello."))));

  private final FakeRouting routing = new FakeRouting(new ManualClock());
  private final RecordingHandler ivr = new RecordingHandler().answering(event -> GREET);
  private final CallDirector director = new CallDirector(ivr, routing);

  @Test
  void callerEventsGoToTheIvrAndItsCommandsComeBack() {
    List<CallEvent> callerEvents =
        List.of(
            new CallEvent.CallArrived(
                CALL,
                Optional.of(PhoneNumber.of("+15055550123")),
                PhoneNumber.of("+15055550100"),
                Language.ENGLISH,
                AT),
            new CallEvent.DigitsEntered(CALL, "1", AT),
            new CallEvent.NoInput(CALL, AT));

    for (CallEvent event : callerEvents) {
      assertThat(director.handle(event)).isEqualTo(GREET);
    }

    assertThat(ivr.events()).isEqualTo(callerEvents);
    assertThat(routing.callEvents()).isEmpty();
  }

  @Test
  void agentLegEventsGoToRoutingOnly() {
    CallEvent connected = new CallEvent.AgentConnected(CALL, "sim:alice", AT);
    CallEvent failed = new CallEvent.AgentLegFailed(CALL, "sim:bob", "busy", AT);

    assertThat(director.handle(connected)).isEmpty();
    assertThat(director.handle(failed)).isEmpty();

    assertThat(routing.callEvents()).containsExactly(connected, failed);
    assertThat(ivr.events()).isEmpty();
  }

  @Test
  void theEndOfACallGoesToTheIvrAndToRoutingAndAsksNothingOfTheCall() {
    CallEvent ended = new CallEvent.CallEnded(CALL, EndReason.CALLER_HUNG_UP, AT);

    assertThat(director.handle(ended)).isEmpty();

    assertThat(ivr.events()).containsExactly(ended);
    assertThat(routing.callEvents()).containsExactly(ended);
  }

  @Test
  void routingHearsOfTheEndEvenWhenTheIvrFails() {
    IllegalStateException broken = new IllegalStateException("IVR session store down");
    CallDirector failingIvr =
        new CallDirector(
            event -> {
              throw broken;
            },
            routing);
    CallEvent ended = new CallEvent.CallEnded(CALL, EndReason.CALLER_HUNG_UP, AT);

    assertThatThrownBy(() -> failingIvr.handle(ended)).isSameAs(broken);
    assertThat(routing.callEvents()).containsExactly(ended);
  }

  @Test
  void theIvrHearsOfTheEndEvenWhenRoutingFailsAndBothFailuresAreKept() {
    IllegalStateException routingDown = new IllegalStateException("routing down");
    routing.failOnCallEvents(routingDown);
    CallEvent ended = new CallEvent.CallEnded(CALL, EndReason.HUNG_UP_BY_CITYLINE, AT);

    assertThatThrownBy(() -> director.handle(ended)).isSameAs(routingDown);
    assertThat(ivr.events()).containsExactly(ended);

    IllegalStateException ivrDown = new IllegalStateException("IVR down");
    CallDirector bothDown =
        new CallDirector(
            event -> {
              throw ivrDown;
            },
            routing);
    assertThatThrownBy(() -> bothDown.handle(ended))
        .isSameAs(ivrDown)
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(routingDown));
  }

  @Test
  void anIvrAnsweringNothingGivesNoCommands() {
    CallDirector silent = new CallDirector(event -> null, routing);

    assertThat(silent.handle(new CallEvent.NoInput(CALL, AT))).isEmpty();
  }

  @Test
  void itNeedsAnIvrAndRouting() {
    assertThatThrownBy(() -> new CallDirector(null, routing)).hasMessageContaining("IVR");
    assertThatThrownBy(() -> new CallDirector(ivr, null)).hasMessageContaining("routing");
  }
}
