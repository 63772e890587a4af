package org.cityline.telephony.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.time.Scheduler;

/**
 * Calls Cityline places to customers (callbacks): the customer's simulated phone rings; it answers
 * at once when outbound calls are answered automatically (the default), or rings until a test or
 * the HTTP API answers it ({@code POST /api/sim/calls/{callId}/answer}) or declines it (hang-up),
 * and rings out after {@link #RING_TIME}. Answered, routing hears {@link CallEvent.CallAnswered};
 * not answered, {@link CallEvent.CallEnded} with {@link EndReason#NOT_ANSWERED}.
 */
final class OutboundDialer {

  /** How long a customer's phone rings before the call ends unanswered. */
  static final Duration RING_TIME = Duration.ofSeconds(30);

  private final Clock clock;
  private final Scheduler scheduler;
  private final CallRunner runner;
  private final Set<String> ringing = ConcurrentHashMap.newKeySet();
  private volatile boolean answerAutomatically = true;

  OutboundDialer(Clock clock, Scheduler scheduler, CallRunner runner) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.runner = runner;
  }

  void answerAutomatically(boolean automatically) {
    answerAutomatically = automatically;
  }

  /** Places the call: {@code place} adds the new line to the network (or answers why it cannot). */
  CallId dial(PhoneNumber to, Function<Language, Optional<LiveCall>> place, Language language) {
    LiveCall call =
        place
            .apply(language)
            .orElseThrow(
                () ->
                    new CallControlException(
                        "the simulator cannot call " + to.lastFour() + " now (too many calls)"));
    ringing.add(call.id.localId());
    call.note("[calling " + to.lastFour() + "]", clock.instant());
    if (answerAutomatically) {
      call.strand.execute(() -> answer(call));
    } else {
      scheduler.schedule(RING_TIME, () -> ringOut(call));
    }
    return call.id;
  }

  /** Whether this call is one of Cityline's, still ringing at the customer's. */
  boolean isRinging(LiveCall call) {
    return ringing.contains(call.id.localId());
  }

  /** The customer picks up. */
  CallerResult answer(LiveCall call) {
    if (!ringing.remove(call.id.localId())) {
      return call.isOver()
          ? new CallerResult.CallOver("call " + call.id.localId() + " has ended")
          : new CallerResult.Invalid(
              "call " + call.id.localId() + " is not a call to a customer that is ringing");
    }
    call.answer(clock.instant());
    runner.report(call, new CallEvent.CallAnswered(call.id, clock.instant()));
    return new CallerResult.Accepted();
  }

  /** The customer declines (or does not answer in time). */
  void decline(LiveCall call) {
    ringing.remove(call.id.localId());
    runner.end(call, EndReason.NOT_ANSWERED, "[not answered]");
  }

  private void ringOut(LiveCall call) {
    if (ringing.contains(call.id.localId())) {
      decline(call);
    }
  }
}
