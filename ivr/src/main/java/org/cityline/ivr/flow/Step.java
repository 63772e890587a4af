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
      for (Map.Entry<String, String> choice : choices.entrySet()) {
        if (!choice.getKey().matches("[0-9*#]")) {
          throw new IllegalArgumentException(
              "step '" + id + "': a menu choice is one key 0-9, * or #; got " + choice.getKey());
        }
        checkTarget(id, choice.getValue());
      }
      choices = Map.copyOf(choices);
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
      String next)
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
    }

    /** The same entry, but masked (card or bank digits). */
    public Entry masking() {
      return new Entry(
          id, label, prompt, minDigits, maxDigits, finishOnKey, timeout, true, into, next);
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
   * joins {@code queue}; the caller hears {@code hold} and waits for an agent. If routing refuses,
   * the flow goes on at {@code onRefused}.
   *
   * @param reason why the caller is here, used when no key press gave a reason ("Asked for a
   *     representative")
   */
  record Transfer(
      String id,
      QueueId queue,
      int priority,
      String reason,
      List<PromptLine> hold,
      String onRefused)
      implements Step {
    public Transfer {
      checkId(id);
      if (queue == null) {
        throw new IllegalArgumentException("step '" + id + "' needs a queue");
      }
      checkLabel(id, reason);
      hold = nonEmpty(id, hold);
      checkTarget(id, onRefused);
    }

    @Override
    public List<String> targets() {
      return List.of(onRefused);
    }

    @Override
    public List<PromptLine> lines() {
      return hold;
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
