package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactState;
import org.junit.jupiter.api.Test;

/**
 * A caller leaves a number and keeps their place; routing calls them back when it is their turn.
 */
class CallbackTest extends Scenario {

  private static final PhoneNumber NUMBER = PhoneNumber.of("+15055550177");

  private void waitingCallback() {
    enqueue("c1", "billing");
    done(routing.router.requestCallback(id("c1"), NUMBER));
    callerHangsUp("c1");
  }

  private void answer(CallId call) {
    routing.router.onCallEvent(new CallEvent.CallAnswered(call, now()));
  }

  private void notAnswered(CallId call) {
    routing.router.onCallEvent(new CallEvent.CallEnded(call, EndReason.NOT_ANSWERED, now()));
  }

  @Test
  void theCallerKeepsTheirPlaceAndIsNotAbandoned() {
    enqueue("c0", "billing");
    pass(Duration.ofSeconds(5));
    waitingCallback();
    enqueue("c2", "billing");

    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(routing.history().ended()).isEmpty();
    assertThat(routing.router.waitEstimate(id("c1")).orElseThrow().position()).isEqualTo(2);
    assertThat(contact("c1").callbackNumber()).contains(NUMBER);
    assertThat(callbacksWaiting()).as("the queue's figures count it").isOne();
  }

  @Test
  void aCallbackOfferedToAnAgentNoLongerCountsAsWaiting() {
    waitingCallback();
    assertThat(callbacksWaiting()).isOne();

    rep("ann");

    assertThat(callbacksWaiting()).isZero();
  }

  private int callbacksWaiting() {
    return routing.router.queues().stream()
        .filter(queue -> queue.id().value().equals("billing"))
        .findFirst()
        .orElseThrow()
        .statistics()
        .callbacksWaiting();
  }

  @Test
  void anAnswerReportedBeforeOriginateReturnsStillConnectsTheAgent() {
    waitingCallback();
    AgentId ann = rep("ann");
    routing.calls().whilePlacing(this::answer);

    connect(ann, "c1");

    assertThat(routing.calls().requests()).endsWith("connect sim/out-1 sim:ann");
    assertThat(state("c1")).isEqualTo(ContactState.CONNECTED);
    answer(routing.calls().lastOutbound()); // the same answer again changes nothing
    assertThat(routing.calls().requests())
        .filteredOn(request -> request.startsWith("connect"))
        .hasSize(1);
  }

  @Test
  void aNoAnswerReportedBeforeOriginateReturnsIsRetriedLikeAnyOther() {
    waitingCallback();
    AgentId ann = rep("ann");
    routing.calls().whilePlacing(this::notAnswered);

    connect(ann, "c1");

    assertThat(state(ann))
        .as("the agent is not left on a dead line")
        .isEqualTo(AgentState.AVAILABLE);
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    routing.calls().whilePlacing(call -> {});
    pass(Duration.ofMinutes(5));
    assertThat(with("c1")).as("offered again after the retry pause").isEqualTo(ann);
  }

  @Test
  void anAnswerThenAHangUpBothBeforeOriginateReturnsEndInWrapUp() {
    waitingCallback();
    AgentId ann = rep("ann");
    routing
        .calls()
        .whilePlacing(
            call -> {
              answer(call);
              routing.router.onCallEvent(
                  new CallEvent.CallEnded(call, EndReason.CALLER_HUNG_UP, now()));
            });

    connect(ann, "c1");

    assertThat(routing.calls().requests()).contains("connect sim/out-1 sim:ann");
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void atTheHeadAnAgentIsOfferedItAndAcceptingCallsTheCustomer() {
    waitingCallback();
    AgentId ann = rep("ann");
    assertThat(with("c1")).isEqualTo(ann);

    connect(ann, "c1");

    assertThat(routing.calls().requests()).contains("originate +15055550177 -> sim/out-1");
    assertThat(state(ann)).isEqualTo(AgentState.ON_CALL);
    answer(routing.calls().lastOutbound());
    assertThat(routing.calls().requests()).endsWith("connect sim/out-1 sim:ann");
    assertThat(routing.router.contactForCall(new CallId("sim", "out-1"))).isPresent();

    finish(ann, "c1");
    assertThat(outcome("c1")).isEqualTo("callback-completed");
    assertThat(routing.history().ended().get(id("c1")).channel()).isEqualTo("callback");
  }

  @Test
  void anUnansweredCallbackIsRetriedAfterThePauseThenFailsWithAReason() {
    waitingCallback();
    AgentId ann = rep("ann");
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(with("c1")).as("offered for attempt " + attempt).isEqualTo(ann);
      connect(ann, "c1");
      notAnswered(routing.calls().lastOutbound());
      assertThat(state(ann)).isEqualTo(AgentState.AVAILABLE);
      if (attempt < 3) {
        assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
        pass(Duration.ofMinutes(4));
        assertThat(state("c1")).as("not before the retry pause").isEqualTo(ContactState.QUEUED);
        pass(Duration.ofMinutes(1));
      }
    }
    assertThat(outcome("c1")).isEqualTo("failed");
    assertThat(routing.history().ended().get(id("c1")).endReason())
        .hasValueSatisfying(
            reason -> assertThat(reason).startsWith("callback not answered after 3 calls"));
  }

  @Test
  void whenThePhoneSystemCannotPlaceTheCallItIsRetried() {
    waitingCallback();
    AgentId ann = rep("ann");
    routing.calls().failNext("originate");

    refused(
        routing.router.accept(ann, id("c1")),
        "The phone system could not call the customer; the callback will be tried again.");

    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(state(ann)).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void aCallbackCanOnlyBeAskedWhileWaiting() {
    AgentId ann = rep("ann");
    enqueue("c1", "billing");
    refused(
        routing.router.requestCallback(id("c1"), NUMBER), "Contact c1 is not waiting in a queue.");
    refused(
        routing.router.requestCallback(id("nobody"), NUMBER), "There is no live contact nobody.");
    connect(ann, "c1");
  }
}
