package org.cityline.telephony.simulator;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's side of the conversation with Cityline. Everything here runs on a call's strand:
 * it hands an event to the handler, then carries out the commands that come back on the call's
 * line. The call's monitor is never held while the handler runs, so the handler may call {@code
 * CallControl} (for this call or any other) freely.
 */
final class CallRunner implements LiveCall.TimeoutListener {

  private static final Logger log = LoggerFactory.getLogger(CallRunner.class);

  private final Clock clock;
  private final CallBook book;
  private final Supplier<CallEventHandler> handler;

  CallRunner(Clock clock, CallBook book, Supplier<CallEventHandler> handler) {
    this.clock = clock;
    this.book = book;
    this.handler = handler;
  }

  /** Queues an event for the call's strand. */
  void report(LiveCall call, CallEvent event) {
    call.strand.execute(() -> deliver(call, event));
  }

  /** Ends the call if it is live, with a note on the line, and reports it once. */
  void end(LiveCall call, EndReason reason, String note) {
    if (call.end(reason, note, clock.instant())) {
      book.ended(call, clock.instant());
      log.debug("call {} ended: {}", call.id, reason);
      report(call, new CallEvent.CallEnded(call.id, reason, clock.instant()));
    }
  }

  /** Keys from the caller, one by one, on the strand: type-ahead reaches the next collect. */
  void keys(LiveCall call, String keys) {
    StringBuilder ignored = new StringBuilder();
    for (int i = 0; i < keys.length(); i++) {
      LiveCall.KeyOutcome outcome = call.press(keys.charAt(i), clock.instant());
      if (outcome instanceof LiveCall.KeyOutcome.Ignored) {
        ignored.append(keys.charAt(i));
        continue;
      }
      flushIgnored(call, ignored);
      if (outcome instanceof LiveCall.KeyOutcome.Completed completed) {
        deliver(call, completed.event());
      }
    }
    flushIgnored(call, ignored);
  }

  @Override
  public void collectTimedOut(LiveCall call, long generation) {
    call.strand.execute(
        () -> call.timeout(generation, clock.instant()).ifPresent(event -> deliver(call, event)));
  }

  @Override
  public void waitCheckedBack(LiveCall call, long generation) {
    call.strand.execute(
        () -> call.waitCheckBack(generation, clock.instant()).ifPresent(e -> deliver(call, e)));
  }

  private void flushIgnored(LiveCall call, StringBuilder ignored) {
    if (!ignored.isEmpty()) {
      call.ignored(ignored.toString(), clock.instant());
      ignored.setLength(0);
    }
  }

  /** Runs on the strand: the handler answers, the line carries the answer out. */
  private void deliver(LiveCall call, CallEvent event) {
    List<CallCommand> commands;
    try {
      commands = handler.get().handle(event);
    } catch (RuntimeException e) {
      log.error("Cityline failed to handle {}", event, e);
      if (isCallerEvent(event)) {
        end(call, EndReason.HUNG_UP_BY_CITYLINE, "[Cityline failed to answer: call dropped]");
      }
      return;
    }
    if (commands != null && !commands.isEmpty()) {
      carryOut(call, commands);
    }
  }

  private static boolean isCallerEvent(CallEvent event) {
    return event instanceof CallEvent.CallArrived
        || event instanceof CallEvent.DigitsEntered
        || event instanceof CallEvent.NoInput;
  }

  private void carryOut(LiveCall call, List<CallCommand> commands) {
    for (CallCommand command : commands) {
      if (call.isOver()) {
        return; // the caller hung up meanwhile: the rest is said to nobody
      }
      switch (command) {
        case CallCommand.Answer answer -> call.answer(clock.instant());
        case CallCommand.Play play -> call.hear(play.prompt(), clock.instant());
        case CallCommand.Collect collect -> call.startCollect(collect, clock.instant());
        case CallCommand.WaitForAgent wait -> call.waitForAgent(wait, clock.instant());
        case CallCommand.CapturePayment capture -> // never asked: capturesPayments() is false
            end(call, EndReason.HUNG_UP_BY_CITYLINE, "[the simulator has no payment connector]");
        case CallCommand.Hangup hangup ->
            end(call, EndReason.HUNG_UP_BY_CITYLINE, "[Cityline hung up]");
      }
    }
  }
}
