package org.cityline.ivr.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.Prompt;
import org.cityline.routing.ContactRequest;

/**
 * One run through a flow's steps from a given step until the flow waits: for the caller (a menu or
 * entry), for a port (an action or a transfer), or for nothing more (a hang-up). What the steps say
 * on the way is held back and spoken with the next menu or entry, so a key can interrupt it; before
 * a port call, a language switch or a hang-up it is played as it is.
 */
final class Walk {

  private final Flow flow;
  private final Speaker speaker;
  private final Instant at;
  private final List<CallCommand> commands = new ArrayList<>();
  private final List<Prompt.Part> pending = new ArrayList<>();
  private Session session;
  private String segmentStart;

  Walk(Flow flow, Speaker speaker, Session session, String from, Instant at) {
    this.flow = flow;
    this.speaker = speaker;
    this.session = session;
    this.segmentStart = from;
    this.at = at;
  }

  Transition run() {
    String id = segmentStart;
    for (int hops = 0; hops <= flow.steps().size(); hops++) {
      Step step = flow.require(id);
      switch (step) {
        case Step.Say say -> id = say(say);
        case Step.Branch branch -> id = branch(branch);
        case Step.SetLanguage change -> {
          flush();
          session =
              FlowEngine.note(
                  session.toBuilder().language(change.language()).build(),
                  change.id(),
                  "Switched to "
                      + change.language().locale().getDisplayLanguage(java.util.Locale.US),
                  at);
          id = change.next();
        }
        case Step.Menu menu -> {
          return waitForCaller(menu);
        }
        case Step.Entry entry -> {
          return waitForCaller(entry);
        }
        case Step.Action action -> {
          Optional<PortCall> call = portCall(action);
          if (call.isPresent()) {
            flush();
            session = session.atStep(action.id(), action.id());
            return done(call);
          }
          id = action.outcomes().get("unavailable");
          segmentStart = id;
        }
        case Step.Transfer transfer -> {
          return transfer(transfer);
        }
        case Step.Hangup hangup -> {
          flush();
          commands.add(new CallCommand.Hangup());
          session =
              session.atStep(hangup.id(), hangup.id()).toBuilder().ended(hangup.outcome()).build();
          return done(Optional.empty());
        }
      }
    }
    throw new IllegalStateException(
        "flow '" + flow.name() + "' runs in a loop from '" + segmentStart + "' without waiting");
  }

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

  private Transition waitForCaller(Step step) {
    session = session.atStep(step.id(), segmentStart);
    commands.add(speaker.collect(step, session, pending));
    pending.clear();
    return done(Optional.empty());
  }

  /**
   * The port call for an action; empty when it cannot be made (no verified account to read), in
   * which case the action's {@code unavailable} outcome applies.
   */
  private Optional<PortCall> portCall(Step.Action action) {
    return switch (action.operation()) {
      case Operation.LookUpCaller lookUp -> Optional.of(new PortCall.FindCaller(session.caller()));
      case Operation.VerifyAccount verify ->
          Optional.of(
              new PortCall.VerifyAccount(
                  session.value(verify.accountVariable()).orElse(""),
                  session.value(verify.zipVariable()).orElse("")));
      case Operation.ReadBalance read ->
          session.verified() ? session.account().map(PortCall.ReadBalance::new) : Optional.empty();
    };
  }

  private Transition transfer(Step.Transfer transfer) {
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
            transfer.queue(),
            transfer.priority(),
            session.arrivedAt());
    return done(Optional.of(new PortCall.Enqueue(request)));
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
