package org.cityline.ivr.flow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.ivr.prompts.PromptCatalog;
import org.cityline.routing.TrailStep;

/**
 * Advances sessions through one flow: {@link #next} is a pure function of the session and the event
 * (and of the business hours, read at the event's time). It makes no port call itself; it returns
 * the call to make, and the answer comes back as {@link FlowEvent.PortAnswered}.
 *
 * <p>Rules every flow gets, at every menu and entry: 0 reaches a person, * repeats what was said
 * since the caller last answered, 9 goes to the flow's home (the main menu); silence or a key that
 * is not a choice asks again up to the flow's {@code maxRetries}, then reaches a person. A choice a
 * menu declares itself wins over a global key. At an entry, a global key counts only when pressed
 * alone and it is not a valid entry. A caller already waiting for a person who presses 0 or 9, or
 * runs out of retries, goes back to the waiting steps.
 *
 * <p>Every prompt that waits for the caller carries a step token (the session's prompt count). An
 * event that echoes an older token (a retried webhook) is answered as before and changes nothing;
 * an event without a token is recognised as a replay by its time and number of keys.
 */
public final class FlowEngine {

  private final Flow flow;
  private final Speaker speaker;
  private final BusinessHours hours;

  /**
   * An engine for a flow, open around the clock.
   *
   * @throws InvalidFlowException if the flow or its prompts have problems
   */
  public FlowEngine(Flow flow, PromptCatalog catalog) {
    this(flow, catalog, BusinessHours.always(ZoneOffset.UTC));
  }

  /**
   * An engine for a flow with business hours: a transfer to a closed queue goes to its after-hours
   * step.
   *
   * @throws InvalidFlowException if the flow or its prompts have problems
   */
  public FlowEngine(Flow flow, PromptCatalog catalog, BusinessHours hours) {
    this.flow = FlowValidator.check(flow, catalog);
    this.speaker = new Speaker(catalog);
    this.hours = hours;
  }

  public Flow flow() {
    return flow;
  }

  /** A session for a call that just arrived; {@link FlowEvent.Started} runs its first steps. */
  public Session newSession(
      CallId call,
      ContactId contact,
      Optional<PhoneNumber> caller,
      Language language,
      Instant arrivedAt) {
    return Session.start(flow.name(), call, contact, caller, language, arrivedAt, flow.start());
  }

  /** Applies one event to a session. */
  public Transition next(Session session, FlowEvent event) {
    if (session.stage() != Session.Stage.IN_FLOW && session.stage() != Session.Stage.WAITING) {
      throw new IllegalStateException(session + " has left the flow; it takes no more events");
    }
    return switch (event) {
      case FlowEvent.Started started -> walk(session, flow.start(), started.at());
      case FlowEvent.KeysPressed keys -> onKeys(session, keys);
      case FlowEvent.NoInput silence -> onNoInput(session, silence);
      case FlowEvent.PortAnswered answer -> onPortAnswer(session, answer);
      case FlowEvent.PaymentCaptured captured -> onCaptured(session, captured);
    };
  }

  /** The connector's outcome: stored, then on to the action that records it. */
  private Transition onCaptured(Session session, FlowEvent.PaymentCaptured event) {
    String fingerprint = "captured@" + event.at();
    if (isReplay(session, event.step(), fingerprint)) {
      return replay(session);
    }
    if (!(flow.require(session.step()) instanceof Step.Capture capture)) {
      throw new IllegalStateException(
          session + " got a payment capture while not capturing (step '" + session.step() + "')");
    }
    Map<String, String> values = new java.util.HashMap<>();
    values.put("pay-captured", event.outcome());
    event.confirmation().ifPresent(code -> values.put("pay-connector-ref", code));
    event.lastFour().ifPresent(last4 -> values.put("pay-last4", last4));
    event.cardType().ifPresent(type -> values.put("pay-card-type", type));
    event.detail().ifPresent(detail -> values.put("pay-capture-detail", detail));
    Session captured =
        note(
                session.toBuilder().lastEvent(fingerprint).retries(0).build(),
                capture.id(),
                "The payment connector reported the " + capture.label() + " " + event.outcome(),
                event.at())
            .withValues(values);
    return walk(captured, capture.next(), event.at());
  }

  /**
   * What the caller hears again, unchanged, when an event is replayed: everything said since they
   * last answered, ending with the prompt they are at, under the same step token.
   */
  public Transition repeat(Session session) {
    Step current = flow.require(session.step());
    if (current instanceof Step.Capture capture) {
      return new Transition(session, List.of(speaker.capture(capture, session)), Optional.empty());
    }
    if (!(current instanceof Step.Menu
        || current instanceof Step.Entry
        || current instanceof Step.Hold)) {
      return new Transition(session, List.of(), Optional.empty());
    }
    Session before = session.toBuilder().prompts(session.prompts() - 1).build();
    Transition again = walk(before, session.repeatFrom(), Instant.EPOCH);
    if (again.portCall().isPresent() || !again.session().step().equals(session.step())) {
      CallCommand ask = speaker.ask(current, session, List.of());
      return new Transition(session, List.of(ask), Optional.empty());
    }
    return new Transition(session, again.commands(), Optional.empty());
  }

  private Transition onKeys(Session session, FlowEvent.KeysPressed event) {
    String fingerprint = "keys@" + event.at() + "/" + event.keys().length();
    if (isReplay(session, event.step(), fingerprint)) {
      return replay(session);
    }
    Session current = session.toBuilder().lastEvent(fingerprint).build();
    return switch (flow.require(current.step())) {
      case Step.Menu menu -> onMenuKeys(current, menu, event);
      case Step.Entry entry -> onEntryKeys(current, entry, event);
      case Step.Hold hold -> onHoldKeys(current, hold, event);
      default ->
          throw new IllegalStateException(
              current
                  + " got keys while not waiting for the caller (step '"
                  + current.step()
                  + "')");
    };
  }

  /**
   * Whether an event was already applied. With a step token: any token but the newest prompt's is
   * an old prompt's answer delivered again. Without: the session's {@code lastEvent} is the last
   * caller event's fingerprint (its kind, time and number of keys; never the keys), followed by
   * {@code |<prompt id>} when it was answered with a retry apology.
   */
  private static boolean isReplay(Session session, Optional<String> step, String fingerprint) {
    if (step.isPresent()) {
      return !step.get().equals(session.stepToken());
    }
    String last = session.lastEvent();
    int bar = last.indexOf('|');
    return fingerprint.equals(bar < 0 ? last : last.substring(0, bar));
  }

  /** The answer a replayed event got the first time, from the session it left behind. */
  private Transition replay(Session session) {
    int bar = session.lastEvent().indexOf('|');
    if (bar < 0) {
      return repeat(session);
    }
    String apology = session.lastEvent().substring(bar + 1);
    return new Transition(session, List.of(askAgain(session, apology)), Optional.empty());
  }

  private Transition onMenuKeys(Session session, Step.Menu menu, FlowEvent.KeysPressed event) {
    String key = stripFinish(event.keys(), '#');
    String target = key.length() == 1 ? menu.choices().get(key) : null;
    if (target != null) {
      Session chosen =
          note(session, menu.id(), "Pressed " + key + " at " + menu.label(), event.at());
      return walk(chosen.toBuilder().retries(0).build(), target, event.at());
    }
    if (isGlobal(key)) {
      return global(session, menu.label(), key, event.at());
    }
    String summary = "Pressed " + describeKeys(key) + ", not a choice, at " + menu.label();
    return retry(session, menu.label(), false, summary, event.at());
  }

  private Transition onEntryKeys(Session session, Step.Entry entry, FlowEvent.KeysPressed event) {
    String keys = stripFinish(event.keys(), entry.finishOnKey());
    boolean valid =
        keys.chars().allMatch(Character::isDigit)
            && keys.length() >= entry.minDigits()
            && keys.length() <= entry.maxDigits();
    if (!valid && entry.choices().containsKey(keys)) {
      Session chosen =
          note(session, entry.id(), "Pressed " + keys + " at " + entry.label(), event.at());
      return walk(chosen.toBuilder().retries(0).build(), entry.choices().get(keys), event.at());
    }
    if (!valid && isGlobal(keys)) {
      return global(session, entry.label(), keys, event.at());
    }
    if (!valid) {
      String summary = "Keyed an invalid entry at " + entry.label();
      return retry(session, entry.label(), false, summary, event.at());
    }
    Session entered = session.toBuilder().retries(0).build();
    if (entry.masked()) {
      return walk(entered, entry.next(), event.at(), Optional.of(SensitiveDigits.of(keys)));
    }
    return walk(entered.withValues(Map.of(entry.into(), keys)), entry.next(), event.at());
  }

  /** A key while holding: a choice (a callback), * to repeat; anything else resumes the music. */
  private Transition onHoldKeys(Session session, Step.Hold hold, FlowEvent.KeysPressed event) {
    String key = stripFinish(event.keys(), '#');
    String target = key.length() == 1 ? hold.choices().get(key) : null;
    if (target != null) {
      Session chosen = note(session, hold.id(), "Pressed " + key + " while waiting", event.at());
      return walk(chosen, target, event.at());
    }
    return walk(session, hold.id(), event.at());
  }

  private Transition onNoInput(Session session, FlowEvent.NoInput event) {
    String fingerprint = "silence@" + event.at();
    if (isReplay(session, event.step(), fingerprint)) {
      return replay(session);
    }
    Session current = session.toBuilder().lastEvent(fingerprint).build();
    Step step = flow.require(current.step());
    if (step instanceof Step.Hold hold) {
      return walk(current, hold.onCheckBack(), event.at());
    }
    if (step instanceof Step.Menu menu && menu.onNoInput().isPresent()) {
      return walk(current, menu.onNoInput().get(), event.at());
    }
    String label =
        switch (step) {
          case Step.Menu menu -> menu.label();
          case Step.Entry entry -> entry.label();
          default ->
              throw new IllegalStateException(current + " timed out while not at a menu or entry");
        };
    return retry(current, label, true, "No answer at " + label, event.at());
  }

  private Transition onPortAnswer(Session session, FlowEvent.PortAnswered event) {
    PortResult result = event.result();
    return switch (flow.require(session.step())) {
      case Step.Action action -> {
        String target = action.outcomes().get(result.outcome());
        if (target == null) {
          throw new IllegalStateException(
              "step '" + action.id() + "' got outcome '" + result.outcome() + "', not one of its");
        }
        yield walk(applyResult(session, action, result, event.at()), target, event.at());
      }
      case Step.Transfer transfer -> afterEnqueue(session, transfer, result, event.at());
      default ->
          throw new IllegalStateException(session + " got a port answer while not waiting for one");
    };
  }

  private Session applyResult(Session session, Step.Action action, PortResult result, Instant at) {
    Session.Builder changed = session.toBuilder();
    result.identified().ifPresent(account -> changed.identified(account, result.verified()));
    if (result.failedIdentification()) {
      changed.failedAttempts(session.failedAttempts() + 1);
    }
    Session applied = changed.build().withValues(result.values());
    if (result.note().isPresent()) {
      String note = result.note().get();
      if (result.failedIdentification()) {
        note += " (failed attempt " + applied.failedAttempts() + ")";
      }
      applied = note(applied, action.id(), note, at);
    }
    return applied;
  }

  private Transition afterEnqueue(
      Session session, Step.Transfer transfer, PortResult result, Instant at) {
    if (result.outcome().equals("queued")) {
      Session waiting =
          note(session, transfer.id(), result.note().orElse("Queued"), at).toBuilder()
              .waiting()
              .build();
      List<Prompt.Part> hold = speaker.render(waiting, transfer.hold()).parts();
      return new Walk(flow, speaker, hours, waiting, transfer.onQueued(), at, Optional.empty())
          .saying(hold)
          .run();
    }
    String why = result.note().orElse("Routing refused the transfer");
    return walk(note(session, transfer.id(), why, at), transfer.onRefused(), at);
  }

  private static boolean isGlobal(String keys) {
    return keys.equals("0") || keys.equals("*") || keys.equals("9");
  }

  private Transition global(Session session, String label, String key, Instant at) {
    return switch (key) {
      case "0" -> {
        String reason = "Pressed 0 at " + label;
        Session toPerson = note(session, session.step(), reason, at).toBuilder().retries(0).build();
        if (session.reason().isEmpty()) {
          toPerson = toPerson.toBuilder().reason(reason).build();
        }
        yield walk(toPerson, flow.person(), at);
      }
      case "9" -> {
        Session home = note(session, session.step(), "Pressed 9 for the main menu at " + label, at);
        yield walk(
            home.toBuilder().retries(0).build(),
            waiting(session) ? flow.person() : flow.home(),
            at);
      }
      default -> walk(session.toBuilder().retries(0).build(), session.repeatFrom(), at);
    };
  }

  private static boolean waiting(Session session) {
    return session.stage() == Session.Stage.WAITING;
  }

  private Transition retry(
      Session session, String label, boolean silence, String summary, Instant at) {
    Session noted = note(session, session.step(), summary, at);
    if (session.retries() >= flow.maxRetries()) {
      int tries = session.retries() + 1;
      String reason =
          (silence ? "No answer after " : "No valid entry after ") + tries + " tries at " + label;
      Session toPerson = note(noted, session.step(), reason, at).toBuilder().retries(0).build();
      if (session.reason().isEmpty()) {
        toPerson = toPerson.toBuilder().reason(reason).build();
      }
      return walk(toPerson, flow.person(), at);
    }
    String apology = silence ? EnginePrompts.RETRY_NO_INPUT : EnginePrompts.RETRY_INVALID;
    Session retried =
        noted.toBuilder()
            .retries(session.retries() + 1)
            .lastEvent(session.lastEvent() + "|" + apology)
            .prompted()
            .build();
    return new Transition(retried, List.of(askAgain(retried, apology)), Optional.empty());
  }

  private CallCommand askAgain(Session session, String apology) {
    return speaker.ask(
        flow.require(session.step()), session, speaker.render(session, apology).parts());
  }

  private Transition walk(Session start, String from, Instant at) {
    return walk(start, from, at, Optional.empty());
  }

  private Transition walk(
      Session start, String from, Instant at, Optional<SensitiveDigits> masked) {
    return new Walk(flow, speaker, hours, start, from, at, masked).run();
  }

  static Session note(Session session, String step, String summary, Instant at) {
    return session.noting(new TrailStep(step, summary, at));
  }

  private static String stripFinish(String keys, char finishOnKey) {
    if (finishOnKey != '\0' && keys.length() > 1 && keys.charAt(keys.length() - 1) == finishOnKey) {
      return keys.substring(0, keys.length() - 1);
    }
    return keys;
  }

  private static String describeKeys(String keys) {
    return keys.length() == 1 ? keys : keys.length() + " keys";
  }
}
