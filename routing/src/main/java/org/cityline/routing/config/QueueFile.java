package org.cityline.routing.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityline.routing.EscalationRule;
import org.cityline.routing.Overflow;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.ServiceLevelTarget;
import org.cityline.routing.Skills;

/**
 * The queue file: every queue as lines {@code queue.<id>.<field> = <value>}, in the order queues
 * are first named; {@code #} starts a comment. A queue that leaves out {@code name} is named by its
 * id; one that leaves out {@code skills}, {@code overflow} or {@code escalate} has none. Every
 * other field left out takes the template's value (the built-in billing queue's, with the
 * configured ring timeout). See {@code docs/queues.example.properties} for every field with its
 * meaning.
 *
 * <pre>
 * queue.credit.name          = Credit and collections
 * queue.credit.skills        = credit:3            (or: none)
 * queue.credit.strategy      = most-skilled        (longest-idle, most-skilled, round-robin)
 * queue.credit.priority      = 0                   (0 to 100; 100 goes first everywhere)
 * queue.credit.ring-timeout  = 20s
 * queue.credit.wrap-up       = 60s
 * queue.credit.service-level = 80% in 90s
 * queue.credit.hours         = mon-fri 07:00-19:00, sat 08:00-13:00   (or: always)
 * queue.credit.max-wait      = 20m
 * queue.credit.overflow      = supervisors         (a queue, outside:&lt;endpoint&gt; or none)
 * queue.credit.max-waiting   = 1000
 * queue.credit.escalate      = 120s lower credit 1; 300s widen credit billing:4; 900s overflow supervisors
 * queue.credit.handle-time   = 8m
 * </pre>
 *
 * <p>Every problem is reported at once, each naming the line, the queue and the field.
 */
public final class QueueFile {

  /** The fields a queue may set, in the order {@link #format} writes them. */
  public static final List<String> FIELDS =
      List.of(
          "name",
          "skills",
          "strategy",
          "priority",
          "ring-timeout",
          "wrap-up",
          "service-level",
          "hours",
          "max-wait",
          "overflow",
          "max-waiting",
          "escalate",
          "handle-time");

  private static final Pattern KEY =
      Pattern.compile("queue\\.([a-z0-9][a-z0-9-]{0,31})\\.([a-z-]+)");
  private static final Pattern SERVICE_LEVEL = Pattern.compile("(\\d{1,3})\\s*%\\s*in\\s*(\\S+)");
  private static final Pattern RULE = Pattern.compile("(\\S+)\\s+(lower|widen|overflow)\\s+(.+)");

  private QueueFile() {}

  /** The problems found in a queue file, each naming its line, queue and field. */
  public static final class Problems extends IllegalArgumentException {
    private final List<String> problems;

    public Problems(List<String> problems) {
      super("the queue configuration has " + problems.size() + " problem(s): " + problems);
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /**
   * Reads a queue file.
   *
   * @param template the values of fields a queue leaves out, except name (the id), skills, overflow
   *     and escalate (none)
   * @throws Problems listing every problem
   */
  public static QueueDirectory parse(String text, QueueDefinition template) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Line>> queues = new LinkedHashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i].strip();
      if (raw.isEmpty() || raw.startsWith("#")) {
        continue;
      }
      int equals = raw.indexOf('=');
      Matcher key = KEY.matcher(equals < 0 ? raw : raw.substring(0, equals).strip());
      if (equals < 0 || !key.matches()) {
        problems.add(
            "line "
                + (i + 1)
                + ": expected queue.<id>.<field> = <value>, got '"
                + abbreviate(raw)
                + "'");
        continue;
      }
      String field = key.group(2);
      if (!FIELDS.contains(field)) {
        problems.add(
            "line "
                + (i + 1)
                + ": queue "
                + key.group(1)
                + ", "
                + field
                + ": no such field; fields are "
                + String.join(", ", FIELDS));
        continue;
      }
      Line previous =
          queues
              .computeIfAbsent(key.group(1), id -> new LinkedHashMap<>())
              .put(field, new Line(i + 1, raw.substring(equals + 1).strip()));
      if (previous != null) {
        problems.add(
            "line "
                + (i + 1)
                + ": queue "
                + key.group(1)
                + ", "
                + field
                + ": set twice (also on line "
                + previous.number()
                + ")");
      }
    }
    List<QueueDefinition> definitions = new ArrayList<>();
    queues.forEach(
        (id, fields) ->
            queue(new QueueId(id), fields, template, problems).ifPresent(definitions::add));
    if (queues.isEmpty()) {
      problems.add("no queue is defined; define at least one with queue.<id>.name = <name>");
    }
    if (!problems.isEmpty()) {
      throw new Problems(problems);
    }
    try {
      return QueueDirectory.of(definitions);
    } catch (IllegalArgumentException e) {
      throw new Problems(List.of(e.getMessage()));
    }
  }

  private record Line(int number, String value) {}

  private static Optional<QueueDefinition> queue(
      QueueId id, Map<String, Line> fields, QueueDefinition template, List<String> problems) {
    Reader reader = new Reader(id, fields, problems);
    QueueDefinition.Builder builder =
        template.toBuilder()
            .id(id)
            .name(reader.text("name", id.value()))
            .skills(reader.skills("skills", Map.of()))
            .strategy(reader.text("strategy", template.strategy()))
            .priority(reader.number("priority", template.priority()))
            .ringTimeout(reader.duration("ring-timeout", template.ringTimeout()))
            .wrapUpTime(reader.duration("wrap-up", template.wrapUpTime()))
            .serviceLevel(reader.serviceLevel("service-level", template.serviceLevel()))
            .hours(reader.hours("hours", template.hours()))
            .maxWait(reader.duration("max-wait", template.maxWait()))
            .overflow(reader.overflow("overflow", Optional.empty()))
            .maxWaiting(reader.number("max-waiting", template.maxWaiting()))
            .escalations(reader.escalations("escalate"))
            .handleTime(reader.duration("handle-time", template.handleTime()));
    if (reader.failed) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.build());
    } catch (QueueDefinition.QueueProblem e) {
      Line line = fields.get(e.field());
      problems.add((line == null ? "" : "line " + line.number() + ": ") + e.getMessage());
    } catch (IllegalArgumentException e) {
      problems.add("queue " + id + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Reads one queue's fields, noting problems. */
  private static final class Reader {
    private final QueueId id;
    private final Map<String, Line> fields;
    private final List<String> problems;
    private boolean failed;

    Reader(QueueId id, Map<String, Line> fields, List<String> problems) {
      this.id = id;
      this.fields = fields;
      this.problems = problems;
    }

    String text(String field, String fallback) {
      Line line = fields.get(field);
      return line == null ? fallback : line.value();
    }

    int number(String field, int fallback) {
      Line line = fields.get(field);
      if (line == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(line.value());
      } catch (NumberFormatException e) {
        return problem(field, "must be a whole number", fallback);
      }
    }

    Duration duration(String field, Duration fallback) {
      Line line = fields.get(field);
      if (line == null) {
        return fallback;
      }
      return Durations.parse(line.value())
          .orElseGet(() -> problem(field, "must be a duration such as 90s, 20m or 2h", fallback));
    }

    Map<String, Integer> skills(String field, Map<String, Integer> fallback) {
      Line line = fields.get(field);
      if (line == null) {
        return fallback;
      }
      try {
        return SkillList.parse(line.value());
      } catch (IllegalArgumentException e) {
        return problem(field, e.getMessage(), fallback);
      }
    }

    ServiceLevelTarget serviceLevel(String field, ServiceLevelTarget fallback) {
      Line line = fields.get(field);
      if (line == null) {
        return fallback;
      }
      Matcher matcher = SERVICE_LEVEL.matcher(line.value());
      Optional<Duration> within =
          matcher.matches() ? Durations.parse(matcher.group(2)) : Optional.empty();
      if (within.isEmpty()) {
        return problem(field, "must read like 80% in 30s", fallback);
      }
      try {
        return new ServiceLevelTarget(Integer.parseInt(matcher.group(1)), within.get());
      } catch (IllegalArgumentException e) {
        return problem(field, e.getMessage(), fallback);
      }
    }

    org.cityline.routing.BusinessHours hours(
        String field, org.cityline.routing.BusinessHours fallback) {
      Line line = fields.get(field);
      if (line == null) {
        return fallback;
      }
      try {
        return HoursText.parse(line.value());
      } catch (IllegalArgumentException e) {
        return problem(field, e.getMessage(), fallback);
      }
    }

    Optional<Overflow> overflow(String field, Optional<Overflow> fallback) {
      Line line = fields.get(field);
      if (line == null) {
        return fallback;
      }
      try {
        return target(line.value(), true);
      } catch (IllegalArgumentException e) {
        return problem(field, e.getMessage(), fallback);
      }
    }

    List<EscalationRule> escalations(String field) {
      Line line = fields.get(field);
      if (line == null || line.value().isBlank() || line.value().equals("none")) {
        return List.of();
      }
      List<EscalationRule> rules = new ArrayList<>();
      for (String part : line.value().split(";")) {
        Matcher rule = RULE.matcher(part.strip());
        Optional<Duration> after =
            rule.matches() ? Durations.parse(rule.group(1)) : Optional.empty();
        if (after.isEmpty()) {
          return problem(
              field,
              "each rule reads '<wait> lower <skill> <level>', '<wait> widen <skill>"
                  + " <other>:<level>' or '<wait> overflow <queue>'; got '"
                  + abbreviate(part.strip())
                  + "'",
              List.of());
        }
        try {
          rules.add(new EscalationRule(after.get(), action(rule.group(2), rule.group(3).strip())));
        } catch (IllegalArgumentException e) {
          return problem(field, e.getMessage(), List.of());
        }
      }
      return rules;
    }

    private EscalationRule.Action action(String verb, String rest) {
      String[] words = rest.split("\\s+");
      return switch (verb) {
        case "lower" -> {
          if (words.length != 2) {
            throw new IllegalArgumentException("'lower' takes a skill and a level: lower credit 1");
          }
          yield new EscalationRule.LowerLevel(Skills.checkName(words[0]), level(words[1]));
        }
        case "widen" -> {
          Map<String, Integer> alternative =
              words.length == 2 ? SkillList.parse(words[1]) : Map.of();
          if (alternative.size() != 1) {
            throw new IllegalArgumentException(
                "'widen' takes a skill and another skill with a level: widen credit billing:4");
          }
          var entry = alternative.entrySet().iterator().next();
          yield new EscalationRule.AddSkill(
              Skills.checkName(words[0]), entry.getKey(), entry.getValue());
        }
        default -> new EscalationRule.OverflowTo(target(rest, false).orElseThrow());
      };
    }

    private static int level(String text) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("a level is 1 to 5, got '" + abbreviate(text) + "'");
      }
    }

    private <T> T problem(String field, String what, T fallback) {
      failed = true;
      Line line = fields.get(field);
      problems.add(
          "line "
              + line.number()
              + ": queue "
              + id
              + ", "
              + field
              + ": "
              + what
              + " (got '"
              + abbreviate(line.value())
              + "')");
      return fallback;
    }
  }

  /** An overflow target as written: a queue id, {@code outside:<endpoint>}, or {@code none}. */
  static Optional<Overflow> target(String text, boolean noneAllowed) {
    if (noneAllowed && (text.isBlank() || text.equals("none"))) {
      return Optional.empty();
    }
    if (text.startsWith("outside:")) {
      return Optional.of(new Overflow.OutOfCenter(text.substring("outside:".length())));
    }
    try {
      return Optional.of(new Overflow.ToQueue(new QueueId(text)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "an overflow target is a queue id, outside:<endpoint>" + (noneAllowed ? " or none" : ""));
    }
  }

  /** The file that {@link #parse} reads back to the same queues. */
  public static String format(QueueDirectory directory) {
    StringBuilder text = new StringBuilder();
    for (QueueDefinition queue : directory.all()) {
      String prefix = "queue." + queue.id() + ".";
      text.append("# ").append(queue.name()).append('\n');
      line(text, prefix, "name", queue.name());
      line(text, prefix, "skills", SkillList.format(queue.skills()));
      line(text, prefix, "strategy", queue.strategy());
      line(text, prefix, "priority", String.valueOf(queue.priority()));
      line(text, prefix, "ring-timeout", Durations.format(queue.ringTimeout()));
      line(text, prefix, "wrap-up", Durations.format(queue.wrapUpTime()));
      line(
          text,
          prefix,
          "service-level",
          queue.serviceLevel().percent()
              + "% in "
              + Durations.format(queue.serviceLevel().within()));
      line(text, prefix, "hours", queue.hours().toString());
      line(text, prefix, "max-wait", Durations.format(queue.maxWait()));
      line(text, prefix, "overflow", queue.overflow().map(Overflow::toString).orElse("none"));
      line(text, prefix, "max-waiting", String.valueOf(queue.maxWaiting()));
      line(
          text,
          prefix,
          "escalate",
          queue.escalations().isEmpty()
              ? "none"
              : String.join("; ", queue.escalations().stream().map(QueueFile::rule).toList()));
      line(text, prefix, "handle-time", Durations.format(queue.handleTime()));
      text.append('\n');
    }
    return text.toString();
  }

  private static String rule(EscalationRule rule) {
    String after = Durations.format(rule.after());
    return switch (rule.action()) {
      case EscalationRule.LowerLevel lower ->
          after + " lower " + lower.skill() + " " + lower.level();
      case EscalationRule.AddSkill add ->
          after + " widen " + add.skill() + " " + add.alternative() + ":" + add.level();
      case EscalationRule.OverflowTo to -> after + " overflow " + to.target();
    };
  }

  private static void line(StringBuilder text, String prefix, String field, String value) {
    text.append(String.format(Locale.ROOT, "%-32s = %s\n", prefix + field, value));
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
