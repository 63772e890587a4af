package org.cityline.ivr.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.Prompt;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;

/**
 * One run through a flow's steps from a given step until the flow waits: for the caller (a menu, an
 * entry, a hold), for a port (an action or a transfer), or for nothing more (a hang-up). What the
 * steps say on the way is held back and spoken with the next menu, entry or hold, so a key can
 * interrupt it; before a port call, a language switch or a hang-up it is played as it is.
 */
final class Walk {

  /** The session value naming a transfer that found its queue closed. */
  static final String CLOSED_TRANSFER = "closed-transfer";

  /** The session value naming the transfer to resume after hours (a callback was chosen). */
  static final String RESUMED_TRANSFER = "resumed-transfer";

  private final Flow flow;
  private final Speaker speaker;
  private final BusinessHours hours;
  private final Instant at;
  private final List<CallCommand> commands = new ArrayList<>();
  private final List<Prompt.Part> pending = new ArrayList<>();
  private Optional<SensitiveDigits> masked;
  private Session session;
  private String segmentStart;

  Walk(
      Flow flow,
      Speaker speaker,
      BusinessHours hours,
      Session session,
      String from,
      Instant at,
      Optional<SensitiveDigits> masked) {
    this.flow = flow;
    this.speaker = speaker;
    this.hours = hours;
    this.session = session;
    this.segmentStart = from;
    this.at = at;
    this.masked = masked;
  }

  /** Starts with something already to say (a hold announcement, an apology). */
  Walk saying(List<Prompt.Part> parts) {
    pending.addAll(parts);
    return this;
  }

  Transition run() {
    String id = segmentStart;
    for (int hops = 0; hops <= flow.steps().size() * 2; hops++) {
      Step step = flow.require(id);
      Optional<String> next =
          switch (step) {
            case Step.Say say -> Optional.of(say(say));
            case Step.Branch branch -> Optional.of(branch(branch));
            case Step.SetLanguage change -> Optional.of(language(change));
            case Step.Remember remember -> Optional.of(remember(remember));
            case Step.ResumeTransfer resume -> Optional.of(resume(resume));
            case Step.Menu menu -> Optional.empty();
            case Step.Entry entry -> Optional.empty();
            case Step.Hold hold -> Optional.empty();
            case Step.Capture capture -> canCapture(capture);
            case Step.Action action -> action(action);
            case Step.Transfer transfer -> transfer(transfer);
            case Step.Hangup hangup -> Optional.empty();
          };
      if (next.isPresent()) {
        id = next.get();
        continue;
      }
      return switch (step) {
        case Step.Menu menu -> waitForCaller(menu);
        case Step.Entry entry -> waitForCaller(entry);
        case Step.Hold hold -> waitForCaller(hold);
        case Step.Hangup hangup -> hangup(hangup);
        case Step.Capture capture -> capture(capture);
        default -> done(pendingCall);
      };
    }
    throw new IllegalStateException(
        "flow '" + flow.name() + "' runs in a loop from '" + segmentStart + "' without waiting");
  }

  /** The port call an action or a transfer stopped at, if any. */
  private Optional<PortCall> pendingCall = Optional.empty();

  private String say(Step.Say say) {
    pending.addAll(speaker.render(session, say.prompt()).parts());
    if (say.note().isPresent()) {
      session = FlowEngine.note(session, say.id(), say.note().get(), at);
    }
    if (say.servesCaller()) {
      session = session.toBuilder().served().build();
    }
    return say.next();
  }

  private String branch(Step.Branch branch) {
    for (Step.Branch.Case option : branch.cases()) {
      if (option.when().test(session)) {
        return option.then();
      }
    }
    return branch.otherwise();
  }

  private String language(Step.SetLanguage change) {
    flush();
    session =
        FlowEngine.note(
            session.toBuilder().language(change.language()).build(),
            change.id(),
            "Switched to " + change.language().locale().getDisplayLanguage(java.util.Locale.US),
            at);
    return change.next();
  }

  private String remember(Step.Remember remember) {
    session = session.withValues(Map.of(remember.variable(), remember.value()));
    return remember.next();
  }

  private String resume(Step.ResumeTransfer resume) {
    Optional<String> transfer = session.value(CLOSED_TRANSFER);
    if (transfer.isEmpty() || !(flow.step(transfer.get()).orElse(null) instanceof Step.Transfer)) {
      return flow.person();
    }
    session = session.withValues(Map.of(RESUMED_TRANSFER, transfer.get()));
    return transfer.get();
  }

  /** The action's port call (the walk stops), or its {@code unavailable} step when none. */
  private Optional<String> action(Step.Action action) {
    Optional<SensitiveDigits> digits = masked;
    masked = Optional.empty(); // masked digits go to the first action after their entry only
    Optional<PortCall> call = action.operation().call(session, digits);
    if (call.isPresent()) {
      flush();
      session = session.atStep(action.id(), action.id());
      pendingCall = call;
      return Optional.empty();
    }
    digits.ifPresent(SensitiveDigits::wipe);
    segmentStart = action.outcomes().get("unavailable");
    return Optional.of(segmentStart);
  }

  /**
   * A transfer: back to the waiting steps for a caller already waiting; its after-hours step when
   * its queue is closed (unless the caller chose a callback there); else the enqueue.
   */
  private Optional<String> transfer(Step.Transfer transfer) {
    if (session.stage() == Session.Stage.WAITING) {
      return Optional.of(transfer.onQueued());
    }
    QueueId queue = transfer.queueFor(session.language());
    boolean resumed = session.value(RESUMED_TRANSFER).filter(transfer.id()::equals).isPresent();
    if (transfer.whenClosed().isPresent() && !resumed && !hours.isOpen(queue, at)) {
      session =
          FlowEngine.note(session, transfer.id(), "Wanted the " + queue + " queue after hours", at)
              .withValues(Map.of(CLOSED_TRANSFER, transfer.id()));
      return transfer.whenClosed();
    }
    flush();
    if (session.reason().isEmpty()) {
      session =
          FlowEngine.note(session, transfer.id(), transfer.reason(), at).toBuilder()
              .reason(transfer.reason())
              .build();
    }
    session = session.atStep(transfer.id(), transfer.id());
    ContactRequest request =
        new ContactRequest(
            session.contact(),
            session.call(),
            session.caller(),
            session.language(),
            session.account(),
            session.verified(),
            session.trail(),
            session.reason().orElseThrow(),
            queue,
            transfer.priority(),
            session.arrivedAt());
    pendingCall = Optional.of(new PortCall.Enqueue(request));
    return Optional.empty();
  }

  private Transition waitForCaller(Step step) {
    session = session.atStep(step.id(), segmentStart).toBuilder().prompted().build();
    commands.add(speaker.ask(step, session, pending));
    pending.clear();
    return done(Optional.empty());
  }

  /** Nothing (the walk stops to capture), or the capture's unavailable step. */
  private Optional<String> canCapture(Step.Capture capture) {
    boolean amount =
        session.value(capture.amountVariable()).filter(v -> v.matches("[0-9]{1,8}")).isPresent()
            && Long.parseLong(session.value(capture.amountVariable()).get()) > 0;
    if (amount && session.verified() && session.account().isPresent()) {
      return Optional.empty();
    }
    segmentStart = capture.unavailable();
    return Optional.of(segmentStart);
  }

  private Transition capture(Step.Capture capture) {
    flush();
    session =
        session.atStep(capture.id(), segmentStart).toBuilder()
            .prompted()
            .build()
            .withValues(Map.of("pay-method", capture.method().name()));
    commands.add(speaker.capture(capture, session));
    return done(Optional.empty());
  }

  private Transition hangup(Step.Hangup hangup) {
    flush();
    commands.add(new CallCommand.Hangup());
    session = session.atStep(hangup.id(), hangup.id()).toBuilder().ended(hangup.outcome()).build();
    return done(Optional.empty());
  }

  private void flush() {
    if (!pending.isEmpty()) {
      commands.add(new CallCommand.Play(new Prompt(session.language(), pending)));
      pending.clear();
    }
  }

  private Transition done(Optional<PortCall> call) {
    return new Transition(session, commands, call);
  }
}
