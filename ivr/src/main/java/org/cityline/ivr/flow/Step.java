package org.cityline.ivr.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cityline.common.Language;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.routing.QueueId;

/**
 * One step of a {@link Flow}. Steps name the steps they lead to by id; {@link FlowValidator} checks
 * that the graph holds together before a flow is used.
 *
 * <p>{@link Menu} and {@link Entry} wait for the caller; every other step runs at once. Global keys
 * (0 a person, * repeat, 9 the main menu) and retries are the engine's, not the steps'.
 */
public sealed interface Step {

  Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

  /** The step's id, unique in its flow. */
  String id();

  /** The ids of the steps this one can lead to. */
  List<String> targets();

  /** The prompt lines this step can say. */
  default List<PromptLine> lines() {
    return List.of();
  }

  /**
   * Says something, then goes on. The words are held back and spoken with the next {@link Menu} or
   * {@link Entry}, so the caller can interrupt them by pressing a key.
   *
   * @param note added to the IVR trail when the step runs (English, for the agent), if any
   * @param servesCaller whether hearing this counts as being served by self-service
   */
  record Say(
      String id, List<PromptLine> prompt, String next, Optional<String> note, boolean servesCaller)
      implements Step {
    public Say {
      checkId(id);
      prompt = nonEmpty(id, prompt);
      checkTarget(id, next);
    }

    /** Adds a note to the trail when the step runs. */
    public Say noting(String summary) {
      return new Say(id, prompt, next, Optional.of(summary), servesCaller);
    }

    /** Marks that a caller who heard this was served by self-service. */
    public Say servingCaller() {
      return new Say(id, prompt, next, note, true);
    }

    @Override
    public List<String> targets() {
      return List.of(next);
    }

    @Override
    public List<PromptLine> lines() {
      return prompt;
    }
  }

  /**
   * Waits for one key. A key in {@code choices} goes to its step; other keys and silence retry
   * (then reach a person) unless a global key applies.
   *
   * @param label what the caller was at, in English for the trail ("the main menu")
   * @param choices key ("1") to step id
   * @param onNoInput where silence goes instead of a retry (a language offer that simply passes)
   */
  record Menu(
      String id,
      String label,
      List<PromptLine> prompt,
      Duration timeout,
      Map<String, String> choices,
      Optional<String> onNoInput)
      implements Step {
    public Menu {
      checkId(id);
      checkLabel(id, label);
      prompt = nonEmpty(id, prompt);
      checkTimeout(id, timeout);
      choices = checkChoices(id, choices);
      onNoInput.ifPresent(target -> checkTarget(id, target));
    }

    /** Silence goes to {@code target} instead of retrying. */
    public Menu onNoInput(String target) {
      return new Menu(id, label, prompt, timeout, choices, Optional.of(target));
    }

    @Override
    public List<String> targets() {
      List<String> targets = new ArrayList<>(new TreeMap<>(choices).values());
      onNoInput.ifPresent(targets::add);
      return targets;
    }

    @Override
    public List<PromptLine> lines() {
      return prompt;
    }
  }

  /**
   * Waits for a number of digits (an account number, a ZIP code, later card digits). A valid entry
   * is stored in the session value {@code into} and the flow goes to {@code next}; a masked entry
   * is never stored: it goes only to the action that follows.
   *
   * @param minDigits fewest digits accepted
   * @param maxDigits most digits accepted (collection stops there)
   * @param finishOnKey the key that ends the entry early ('#'), or '\0'
   * @param masked card or bank digits: never stored, logged, echoed or put in the trail
   * @param choices single keys that, pressed alone, go elsewhere instead of counting as an entry
   *     ("if you do not have your account number, press 8")
   */
  record Entry(
      String id,
      String label,
      List<PromptLine> prompt,
      int minDigits,
      int maxDigits,
      char finishOnKey,
      Duration timeout,
      boolean masked,
      String into,
      String next,
      Map<String, String> choices)
      implements Step {
    public Entry {
      checkId(id);
      checkLabel(id, label);
      prompt = nonEmpty(id, prompt);
      checkTimeout(id, timeout);
      if (minDigits < 1 || maxDigits > 32 || minDigits > maxDigits) {
        throw new IllegalArgumentException(
            "step '" + id + "': digits must be 1 <= min <= max <= 32");
      }
      if (finishOnKey != '\0' && finishOnKey != '#') {
        throw new IllegalArgumentException("step '" + id + "': an entry finishes on '#' or none");
      }
      if (!masked) {
        checkId(into);
      }
      checkTarget(id, next);
      choices = checkChoices(id, choices);
      if (minDigits == 1 && !choices.isEmpty()) {
        throw new IllegalArgumentException(
            "step '" + id + "': an entry of one digit cannot also have single-key choices");
      }
    }

    /** An entry without single-key choices. */
    public Entry(
        String id,
        String label,
        List<PromptLine> prompt,
        int minDigits,
        int maxDigits,
        char finishOnKey,
        Duration timeout,
        boolean masked,
        String into,
        String next) {
      this(
          id,
          label,
          prompt,
          minDigits,
          maxDigits,
          finishOnKey,
          timeout,
          masked,
          into,
          next,
          Map.of());
    }

    /** The same entry, but masked (card or bank digits). */
    public Entry masking() {
      return new Entry(
          id, label, prompt, minDigits, maxDigits, finishOnKey, timeout, true, into, next, choices);
    }

    /** The same entry with a single key that, pressed alone, goes to {@code target}. */
    public Entry orKey(String key, String target) {
      Map<String, String> more = new TreeMap<>(choices);
      more.put(key, target);
      return new Entry(
          id, label, prompt, minDigits, maxDigits, finishOnKey, timeout, masked, into, next, more);
    }

    @Override
    public List<String> targets() {
      List<String> targets = new ArrayList<>(List.of(next));
      targets.addAll(new TreeMap<>(choices).values());
      return targets;
    }

    @Override
    public List<PromptLine> lines() {
      return prompt;
    }
  }

  /** Goes to the first case whose condition holds, else to {@code otherwise}. */
  record Branch(String id, List<Case> cases, String otherwise) implements Step {
    public Branch {
      checkId(id);
      cases = List.copyOf(cases);
      cases.forEach(c -> checkTarget(id, c.then()));
      checkTarget(id, otherwise);
    }

    @Override
    public List<String> targets() {
      List<String> targets = new ArrayList<>(cases.stream().map(Case::then).toList());
      targets.add(otherwise);
      return targets;
    }

    /** One way out of a branch. */
    public record Case(Condition when, String then) {}
  }

  /** Switches the call's language for every prompt from here on. */
  record SetLanguage(String id, Language language, String next) implements Step {
    public SetLanguage {
      checkId(id);
      if (language == null) {
        throw new IllegalArgumentException("step '" + id + "' needs a language");
      }
      checkTarget(id, next);
    }

    @Override
    public List<String> targets() {
      return List.of(next);
    }
  }

  /**
   * Asks the utility's systems something and goes on according to the outcome.
   *
   * @param outcomes each of the operation's outcomes to a step id
   */
  record Action(String id, Operation operation, Map<String, String> outcomes) implements Step {
    public Action {
      checkId(id);
      if (operation == null) {
        throw new IllegalArgumentException("step '" + id + "' needs an operation");
      }
      outcomes = Map.copyOf(outcomes);
      outcomes.values().forEach(target -> checkTarget(id, target));
    }

    @Override
    public List<String> targets() {
      return new ArrayList<>(new TreeMap<>(outcomes).values());
    }
  }

  /**
   * Hands the caller to routing: a contact with the trail, account, verified flag and language
   * joins a queue (the language's own, when it has one), the caller hears {@code hold}, and the
   * flow goes on at {@code onQueued} (the waiting steps: position, estimated wait, callback offer).
   * If routing refuses, the flow goes on at {@code onRefused}. A caller already waiting who reaches
   * a transfer (0 while waiting) goes back to the waiting steps instead.
   *
   * @param queue the queue to join
   * @param languageQueues queues for callers in another language ({@code SPANISH -> spanish})
   * @param priority 0 (normal) to 100 (an emergency, served first)
   * @param reason why the caller is here, used when no key press gave a reason ("Asked for a
   *     representative")
   * @param onQueued where the flow goes once routing holds the caller: the waiting steps
   * @param whenClosed where the flow goes instead when the queue is closed (business hours,
   *     holidays): an after-hours offer; empty for a queue that is always open (emergencies)
   */
  record Transfer(
      String id,
      QueueId queue,
      Map<Language, QueueId> languageQueues,
      int priority,
      String reason,
      List<PromptLine> hold,
      String onQueued,
      String onRefused,
      Optional<String> whenClosed)
      implements Step {
    public Transfer {
      checkId(id);
      if (queue == null || languageQueues == null) {
        throw new IllegalArgumentException("step '" + id + "' needs a queue");
      }
      languageQueues = Map.copyOf(languageQueues);
      if (priority < 0 || priority > 100) {
        throw new IllegalArgumentException("step '" + id + "': a priority is 0 to 100");
      }
      checkLabel(id, reason);
      hold = nonEmpty(id, hold);
      checkTarget(id, onQueued);
      checkTarget(id, onRefused);
      whenClosed.ifPresent(target -> checkTarget(id, target));
    }

    /** The queue for a caller in this language. */
    public QueueId queueFor(Language language) {
      return languageQueues.getOrDefault(language, queue);
    }

    @Override
    public List<String> targets() {
      List<String> targets = new ArrayList<>(List.of(onQueued, onRefused));
      whenClosed.ifPresent(targets::add);
      return targets;
    }

    @Override
    public List<PromptLine> lines() {
      return hold;
    }
  }

  /**
   * The caller waits for a person (routing holds the contact): says its lines, then music, until an
   * agent is connected. A key in {@code choices} goes to its step (1: a callback instead); after
   * {@code checkBackAfter} of music the flow goes to {@code onCheckBack} (announce the position
   * again, then back here). Other keys just resume the music.
   */
  record Hold(
      String id,
      List<PromptLine> prompt,
      Duration checkBackAfter,
      Map<String, String> choices,
      String onCheckBack)
      implements Step {
    public Hold {
      checkId(id);
      prompt = nonEmpty(id, prompt);
      checkTimeout(id, checkBackAfter);
      choices = checkChoices(id, choices);
      checkTarget(id, onCheckBack);
    }

    @Override
    public List<String> targets() {
      List<String> targets = new ArrayList<>(new TreeMap<>(choices).values());
      targets.add(onCheckBack);
      return targets;
    }

    @Override
    public List<PromptLine> lines() {
      return prompt;
    }
  }

  /**
   * Hands the whole card or bank capture to the phone system's payment connector ({@link
   * org.cityline.common.call.CallCommand.CapturePayment}); waits for its outcome. The outcome is
   * stored ({@code pay-captured}: charged, declined, failed or abandoned; {@code
   * pay-connector-ref}, {@code pay-last4}) and the flow goes to {@code next}, an action that
   * records it. Without an amount or a verified account the flow goes to {@code unavailable}.
   *
   * @param method card or bank
   * @param amountVariable the session value holding the amount in cents
   */
  record Capture(
      String id,
      String label,
      org.cityline.accounts.PaymentMethod method,
      String amountVariable,
      String next,
      String unavailable)
      implements Step {
    public Capture {
      checkId(id);
      checkLabel(id, label);
      if (method != org.cityline.accounts.PaymentMethod.CARD
          && method != org.cityline.accounts.PaymentMethod.BANK) {
        throw new IllegalArgumentException("step '" + id + "' captures a card or a bank payment");
      }
      checkId(amountVariable);
      checkTarget(id, next);
      checkTarget(id, unavailable);
    }

    @Override
    public List<String> targets() {
      return List.of(next, unavailable);
    }
  }

  /** Stores a fixed value in the session ({@code after-step-up = arrangement}), then goes on. */
  record Remember(String id, String variable, String value, String next) implements Step {
    public Remember {
      checkId(id);
      checkId(variable);
      if (value == null || !value.matches("[a-z0-9-]{1,48}")) {
        throw new IllegalArgumentException(
            "step '" + id + "' remembers a short lower-case value; got " + value);
      }
      checkTarget(id, next);
    }

    @Override
    public List<String> targets() {
      return List.of(next);
    }
  }

  /**
   * Resumes the transfer that found its queue closed: the caller chose a callback after hours, so
   * the transfer the flow left (its {@code whenClosed}) now goes ahead. It can lead to any transfer
   * that has an after-hours step.
   */
  record ResumeTransfer(String id) implements Step {
    public ResumeTransfer {
      checkId(id);
    }

    @Override
    public List<String> targets() {
      return List.of();
    }
  }

  /**
   * Ends the call from the IVR.
   *
   * @param outcome how the contact is recorded: {@code self-service} when the caller was served,
   *     {@code failed} when the IVR could not help
   */
  record Hangup(String id, String outcome) implements Step {
    public Hangup {
      checkId(id);
      if (outcome == null || !outcome.matches("[a-z-]{1,32}")) {
        throw new IllegalArgumentException(
            "step '" + id + "' needs an outcome such as 'self-service'");
      }
    }

    @Override
    public List<String> targets() {
      return List.of();
    }
  }

  private static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a step id or value name is lower-case letters, digits and dashes; got " + id);
    }
  }

  private static Map<String, String> checkChoices(String id, Map<String, String> choices) {
    if (choices == null) {
      throw new IllegalArgumentException("step '" + id + "' needs its choices (or none)");
    }
    for (Map.Entry<String, String> choice : choices.entrySet()) {
      if (!choice.getKey().matches("[0-9*#]")) {
        throw new IllegalArgumentException(
            "step '" + id + "': a choice is one key 0-9, * or #; got " + choice.getKey());
      }
      checkTarget(id, choice.getValue());
    }
    return Map.copyOf(choices);
  }

  private static void checkTarget(String from, String target) {
    if (target == null || !ID.matcher(target).matches()) {
      throw new IllegalArgumentException(
          "step '" + from + "' leads to an invalid step id: " + target);
    }
  }

  private static void checkLabel(String id, String label) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("step '" + id + "' needs a label for the trail");
    }
  }

  private static void checkTimeout(String id, Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("step '" + id + "' needs a positive timeout");
    }
  }

  private static List<PromptLine> nonEmpty(String id, List<PromptLine> prompt) {
    if (prompt == null || prompt.isEmpty()) {
      throw new IllegalArgumentException("step '" + id + "' says nothing");
    }
    return List.copyOf(prompt);
  }
}
