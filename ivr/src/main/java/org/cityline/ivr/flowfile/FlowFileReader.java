package org.cityline.ivr.flowfile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityline.common.Language;
import org.cityline.ivr.flow.Condition;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flow.Step;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.routing.QueueId;

/**
 * Reads a flow file ({@link FlowFile} describes the format). Every problem is collected, each
 * naming its line and step; a file with any problem gives no flow.
 */
final class FlowFileReader {

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})(ms|s|m)");
  private static final Pattern DIGITS = Pattern.compile("([0-9]{1,2})\\.\\.([0-9]{1,2})");

  /** One line of a step: its number and its words. */
  private record Line(int number, List<String> words) {}

  /** A step as written: its first line's words and its indented lines. */
  private record Draft(Line head, List<Line> details) {
    String kind() {
      return head.words().get(0);
    }

    String id() {
      return head.words().size() > 1 ? head.words().get(1) : "?";
    }
  }

  private final String source;
  private final List<String> problems = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private Map<String, String> header;

  private FlowFileReader(String source) {
    this.source = source;
  }

  static Flow read(String source, String text) {
    FlowFileReader reader = new FlowFileReader(source);
    List<Draft> drafts = reader.drafts(text);
    for (Draft draft : drafts) {
      try {
        reader.steps.add(reader.step(draft));
      } catch (IllegalArgumentException e) {
        reader.problem(draft.head().number(), draft.id(), e.getMessage());
      }
    }
    return reader.flow();
  }

  private List<Draft> drafts(String text) {
    List<Draft> drafts = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String trimmed = raw.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> words;
      try {
        words = words(trimmed);
      } catch (IllegalArgumentException e) {
        problem(i + 1, null, e.getMessage());
        continue;
      }
      Line line = new Line(i + 1, words);
      if (Character.isWhitespace(raw.charAt(0))) {
        if (drafts.isEmpty()) {
          problem(i + 1, null, "an indented line belongs to a step, but no step came before it");
        } else {
          drafts.getLast().details().add(line);
        }
      } else if (words.get(0).equals("flow")) {
        flowHeader(line);
      } else {
        drafts.add(new Draft(line, new ArrayList<>()));
      }
    }
    return drafts;
  }

  private void flowHeader(Line line) {
    if (header != null) {
      problem(line.number(), null, "the flow line appears twice");
      return;
    }
    header = new LinkedHashMap<>(attributes(line.words(), 2));
    header.put("name", line.words().size() > 1 ? line.words().get(1) : "");
  }

  private Flow flow() {
    if (header == null) {
      problems.add("the file has no 'flow <name> start=... home=... person=... retries=...' line");
    }
    if (!problems.isEmpty()) {
      throw new FlowFileException(source, problems);
    }
    try {
      return Flow.of(
          header.get("name"),
          required(header, "start"),
          required(header, "home"),
          required(header, "person"),
          Integer.parseInt(header.getOrDefault("retries", "2")),
          steps);
    } catch (IllegalArgumentException e) {
      throw new FlowFileException(source, List.of("the flow line: " + e.getMessage()));
    }
  }

  private Step step(Draft draft) {
    List<String> head = draft.head().words();
    Map<String, String> attributes = attributes(head, 2);
    Optional<String> target = target(head);
    String id = draft.id();
    return switch (draft.kind()) {
      case "say" ->
          new Step.Say(
              id,
              lines(draft),
              target.orElseThrow(() -> missing("-> next")),
              detail(draft, "note").map(words -> words.get(1)),
              detail(draft, "serves").isPresent());
      case "menu" ->
          new Step.Menu(
              id,
              required(attributes, "label"),
              lines(draft),
              duration(required(attributes, "timeout")),
              keys(draft),
              detail(draft, "silence").map(FlowFileReader::arrowTarget));
      case "entry" -> entry(draft, attributes, target);
      case "branch" -> new Step.Branch(id, cases(draft), required(attributes, "otherwise"));
      case "language" ->
          new Step.SetLanguage(
              id,
              Language.fromTag(positional(head, 2))
                  .orElseThrow(() -> new IllegalArgumentException("a language is en-US or es-US")),
              target.orElseThrow(() -> missing("-> next")));
      case "action" ->
          new Step.Action(
              id, Operations.read(positional(head, 2), attributes(head, 3)), arrows(draft));
      case "transfer" -> transfer(draft, attributes);
      case "hold" ->
          new Step.Hold(
              id,
              lines(draft),
              duration(required(attributes, "check-back")),
              keys(draft),
              target.orElseThrow(() -> missing("-> check-back step")));
      case "remember" -> {
        Map.Entry<String, String> pair =
            attributes.entrySet().stream()
                .findFirst()
                .orElseThrow(() -> missing("a variable=value"));
        yield new Step.Remember(
            id, pair.getKey(), pair.getValue(), target.orElseThrow(() -> missing("-> next")));
      }
      case "capture" ->
          new Step.Capture(
              id,
              required(attributes, "label"),
              constantMethod(required(attributes, "method")),
              required(attributes, "amount"),
              target.orElseThrow(() -> missing("-> next")),
              required(attributes, "unavailable"));
      case "resume" -> new Step.ResumeTransfer(id);
      case "hangup" -> new Step.Hangup(id, positional(head, 2));
      default ->
          throw new IllegalArgumentException(
              "'"
                  + draft.kind()
                  + "' is not a step; steps are say, menu, entry, branch, language, action,"
                  + " transfer, hold, capture, remember, resume and hangup");
    };
  }

  private static org.cityline.accounts.PaymentMethod constantMethod(String word) {
    return switch (word) {
      case "card" -> org.cityline.accounts.PaymentMethod.CARD;
      case "bank" -> org.cityline.accounts.PaymentMethod.BANK;
      default -> throw new IllegalArgumentException("a capture's method is card or bank");
    };
  }

  private Step.Entry entry(Draft draft, Map<String, String> attributes, Optional<String> target) {
    Matcher digits = DIGITS.matcher(required(attributes, "digits"));
    if (!digits.matches()) {
      throw new IllegalArgumentException("digits are written min..max, such as 10..10");
    }
    String finish = attributes.getOrDefault("finish", "#");
    boolean masked = draft.head().words().contains("masked");
    return new Step.Entry(
        draft.id(),
        required(attributes, "label"),
        lines(draft),
        Integer.parseInt(digits.group(1)),
        Integer.parseInt(digits.group(2)),
        finish.equals("none") ? '\0' : finish.charAt(0),
        duration(required(attributes, "timeout")),
        masked,
        masked ? "-" : required(attributes, "into"),
        target.orElseThrow(() -> missing("-> next")),
        keys(draft));
  }

  private Step.Transfer transfer(Draft draft, Map<String, String> attributes) {
    Map<Language, QueueId> languageQueues = new LinkedHashMap<>();
    for (Line line : draft.details()) {
      if (line.words().get(0).equals("queue")) {
        Language language =
            Language.fromTag(positional(line.words(), 1))
                .orElseThrow(() -> new IllegalArgumentException("a language is en-US or es-US"));
        languageQueues.put(language, new QueueId(positional(line.words(), 2)));
      }
    }
    return new Step.Transfer(
        draft.id(),
        new QueueId(required(attributes, "queue")),
        languageQueues,
        Integer.parseInt(attributes.getOrDefault("priority", "0")),
        required(attributes, "reason"),
        lines(draft),
        required(attributes, "queued"),
        required(attributes, "refused"),
        Optional.ofNullable(attributes.get("closed")));
  }

  private static List<PromptLine> lines(Draft draft) {
    List<PromptLine> lines = new ArrayList<>();
    for (Line line : draft.details()) {
      String kind = line.words().get(0);
      if (!kind.equals("say") && !kind.equals("say-other")) {
        continue;
      }
      List<PromptLine.Arg> args = new ArrayList<>();
      for (String word : line.words().subList(2, line.words().size())) {
        args.add(arg(word));
      }
      lines.add(new PromptLine(positional(line.words(), 1), args, kind.equals("say-other")));
    }
    return lines;
  }

  private static PromptLine.Arg arg(String word) {
    int colon = word.indexOf(':');
    String kind = colon < 0 ? "" : word.substring(0, colon);
    String variable = word.substring(colon + 1);
    return switch (kind) {
      case "amount" -> PromptLine.Arg.amount(variable);
      case "date" -> PromptLine.Arg.date(variable);
      case "digits" -> PromptLine.Arg.digits(variable);
      case "number" -> PromptLine.Arg.number(variable);
      default ->
          throw new IllegalArgumentException(
              "a prompt value is amount:, date:, digits: or number: and a variable; got '"
                  + word
                  + "'");
    };
  }

  private static Map<String, String> keys(Draft draft) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Line line : draft.details()) {
      if (line.words().get(0).equals("key")) {
        keys.put(positional(line.words(), 1), arrowTarget(line.words()));
      }
    }
    return keys;
  }

  private static Map<String, String> arrows(Draft draft) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (Line line : draft.details()) {
      outcomes.put(line.words().get(0), arrowTarget(line.words()));
    }
    return outcomes;
  }

  private static List<Step.Branch.Case> cases(Draft draft) {
    List<Step.Branch.Case> cases = new ArrayList<>();
    for (Line line : draft.details()) {
      List<String> words = line.words();
      int arrow = words.indexOf("->");
      if (!words.get(0).equals("when") || arrow < 2) {
        throw new IllegalArgumentException(
            "line " + line.number() + ": a branch case reads 'when <condition> -> <step>'");
      }
      cases.add(new Step.Branch.Case(condition(words.subList(1, arrow)), arrowTarget(words)));
    }
    return cases;
  }

  /**
   * {@code a = b}, {@code a >= 3}, {@code a present}, each maybe after {@code not}, joined by
   * {@code and}.
   */
  private static Condition condition(List<String> words) {
    List<Condition> terms = new ArrayList<>();
    List<String> term = new ArrayList<>();
    for (String word : words) {
      if (word.equals("and")) {
        terms.add(term(term));
        term = new ArrayList<>();
      } else {
        term.add(word);
      }
    }
    terms.add(term(term));
    return terms.size() == 1 ? terms.get(0) : new Condition.All(terms);
  }

  private static Condition term(List<String> words) {
    if (!words.isEmpty() && words.get(0).equals("not")) {
      return new Condition.Not(term(words.subList(1, words.size())));
    }
    if (words.size() == 2 && words.get(1).equals("present")) {
      return new Condition.Present(words.get(0));
    }
    if (words.size() == 3 && words.get(1).equals("=")) {
      return new Condition.Equals(words.get(0), words.get(2));
    }
    if (words.size() == 3 && words.get(1).equals(">=")) {
      try {
        return new Condition.AtLeast(words.get(0), Long.parseLong(words.get(2)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'>=' compares with a whole number", e);
      }
    }
    throw new IllegalArgumentException(
        "a condition reads 'x = value', 'x >= 3' or 'x present'; got '"
            + String.join(" ", words)
            + "'");
  }

  private static Optional<List<String>> detail(Draft draft, String kind) {
    return draft.details().stream()
        .map(Line::words)
        .filter(words -> words.get(0).equals(kind))
        .findFirst();
  }

  private static Optional<String> target(List<String> words) {
    int arrow = words.indexOf("->");
    return arrow < 0 ? Optional.empty() : Optional.of(arrowTarget(words));
  }

  private static String arrowTarget(List<String> words) {
    int arrow = words.indexOf("->");
    if (arrow < 0 || arrow != words.size() - 2) {
      throw new IllegalArgumentException("'" + words.get(0) + "' needs '-> <step>' at its end");
    }
    return words.get(arrow + 1);
  }

  /** {@code key=value} words from {@code from}, up to any arrow. */
  private static Map<String, String> attributes(List<String> words, int from) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = from; i < words.size() && !words.get(i).equals("->"); i++) {
      int equals = words.get(i).indexOf('=');
      if (equals > 0) {
        attributes.put(words.get(i).substring(0, equals), words.get(i).substring(equals + 1));
      }
    }
    return attributes;
  }

  private static String positional(List<String> words, int index) {
    if (index >= words.size() || words.get(index).equals("->")) {
      throw new IllegalArgumentException("'" + words.get(0) + "' needs more words");
    }
    return words.get(index);
  }

  private static String required(Map<String, String> attributes, String key) {
    String value = attributes.get(key);
    if (value == null || value.isEmpty()) {
      throw missing(key + "=...");
    }
    return value;
  }

  private static IllegalArgumentException missing(String what) {
    return new IllegalArgumentException("needs " + what);
  }

  static Duration duration(String text) {
    Matcher matcher = DURATION.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a duration reads like 500ms, 7s or 2m; got '" + text + "'");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
  }

  /** Words split at spaces; "quoted text" (with \" and \\) is one word, without its quotes. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          word.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quote is not closed");
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private void problem(int line, String step, String message) {
    problems.add("line " + line + (step == null ? "" : ", step '" + step + "'") + ": " + message);
  }
}
