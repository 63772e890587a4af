package org.cityline.ivr.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;

/**
 * One simulated call into a {@link CallEventHandler}: each event is a second after the last, by a
 * {@link ManualClock}; the answers are kept so a test can read what the caller heard.
 */
public final class TestCall {

  /** The number callers dial. */
  public static final PhoneNumber UTILITY = new PhoneNumber("+15055550000");

  private final CallEventHandler ivr;
  private final ManualClock clock;
  private final CallId id;
  private final Optional<PhoneNumber> from;
  private final List<CallCommand> all = new ArrayList<>();
  private List<CallCommand> last = List.of();
  private CallEvent lastEvent;

  public TestCall(CallEventHandler ivr, ManualClock clock, CallId id, Optional<PhoneNumber> from) {
    this.ivr = ivr;
    this.clock = clock;
    this.id = id;
    this.from = from;
  }

  /** A call from a number ("+1505...") or, when null, from a withheld number. */
  public static TestCall from(
      CallEventHandler ivr, ManualClock clock, String localId, String from) {
    return new TestCall(
        ivr, clock, new CallId("sim", localId), Optional.ofNullable(from).map(PhoneNumber::new));
  }

  public CallId id() {
    return id;
  }

  public List<CallCommand> arrive() {
    return arrive(Language.ENGLISH);
  }

  public List<CallCommand> arrive(Language channelLanguage) {
    return send(new CallEvent.CallArrived(id, from, UTILITY, channelLanguage, tick()));
  }

  public List<CallCommand> press(String digits) {
    return send(new CallEvent.DigitsEntered(id, digits, tick()));
  }

  public List<CallCommand> silence() {
    return send(new CallEvent.NoInput(id, tick()));
  }

  public List<CallCommand> hangUp() {
    return send(new CallEvent.CallEnded(id, CallEvent.EndReason.CALLER_HUNG_UP, tick()));
  }

  /** Sends the last event again, unchanged (a retried webhook). */
  public List<CallCommand> replay() {
    return send(lastEvent);
  }

  /** Sends any event. */
  public List<CallCommand> send(CallEvent event) {
    lastEvent = event;
    last = ivr.handle(event);
    all.addAll(last);
    return last;
  }

  /** What the caller heard in answer to the last event, as one text. */
  public String heard() {
    return text(last);
  }

  /** The last answer's commands. */
  public List<CallCommand> last() {
    return last;
  }

  /** Every prompt heard so far, as text, in order. */
  public List<String> transcript() {
    return all.stream().map(TestCall::promptText).flatMap(Optional::stream).toList();
  }

  /** The prompt texts of some commands, joined by a space. */
  public static String text(List<CallCommand> commands) {
    return String.join(
        " ", commands.stream().map(TestCall::promptText).flatMap(Optional::stream).toList());
  }

  private static Optional<String> promptText(CallCommand command) {
    return switch (command) {
      case CallCommand.Play play -> Optional.of(play.prompt().text());
      case CallCommand.Collect collect -> Optional.of(collect.prompt().text());
      case CallCommand.WaitForAgent wait -> Optional.of(wait.announcement().text());
      case CallCommand.Answer answer -> Optional.empty();
      case CallCommand.Hangup hangup -> Optional.empty();
      case CallCommand.CapturePayment capture -> Optional.empty();
    };
  }

  private java.time.Instant tick() {
    clock.advance(Duration.ofSeconds(1));
    return clock.instant();
  }
}
