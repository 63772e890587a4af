package org.cityline.ivr.flowfile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cityline.common.Language;
import org.cityline.ivr.flow.Condition;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flow.Step;
import org.cityline.ivr.prompts.PromptLine;

/** Writes a {@link Flow} as a flow file ({@link FlowFile} describes the format). */
final class FlowFileWriter {

  private final StringBuilder out = new StringBuilder();

  private FlowFileWriter() {}

  static String write(Flow flow) {
    FlowFileWriter writer = new FlowFileWriter();
    writer.header(flow);
    for (Step step : flow.steps().values()) {
      writer.step(step);
    }
    return writer.out.toString();
  }

  private void header(Flow flow) {
    out.append("# A Cityline call flow. The format is described in ivr/README.md (Flow files).\n");
    out.append("flow ")
        .append(flow.name())
        .append(" start=")
        .append(flow.start())
        .append(" home=")
        .append(flow.home())
        .append(" person=")
        .append(flow.person())
        .append(" retries=")
        .append(flow.maxRetries())
        .append("\n");
  }

  private void step(Step step) {
    out.append('\n');
    switch (step) {
      case Step.Say say -> {
        out.append("say ").append(say.id()).append(" -> ").append(say.next()).append('\n');
        lines(say.prompt());
        say.note().ifPresent(note -> detail("note " + quote(note)));
        if (say.servesCaller()) {
          detail("serves");
        }
      }
      case Step.Menu menu -> {
        out.append("menu ")
            .append(menu.id())
            .append(" label=")
            .append(quote(menu.label()))
            .append(" timeout=")
            .append(duration(menu.timeout()))
            .append('\n');
        lines(menu.prompt());
        keys(menu.choices());
        menu.onNoInput().ifPresent(target -> detail("silence -> " + target));
      }
      case Step.Entry entry -> entry(entry);
      case Step.Branch branch -> {
        out.append("branch ").append(branch.id()).append(" otherwise=").append(branch.otherwise());
        out.append('\n');
        for (Step.Branch.Case option : branch.cases()) {
          detail("when " + condition(option.when()) + " -> " + option.then());
        }
      }
      case Step.SetLanguage change ->
          out.append("language ")
              .append(change.id())
              .append(' ')
              .append(change.language().tag())
              .append(" -> ")
              .append(change.next())
              .append('\n');
      case Step.Action action -> {
        out.append("action ")
            .append(action.id())
            .append(' ')
            .append(Operations.write(action.operation()))
            .append('\n');
        new TreeMap<>(action.outcomes()).forEach((o, target) -> detail(o + " -> " + target));
      }
      case Step.Transfer transfer -> transfer(transfer);
      case Step.Hold hold -> {
        out.append("hold ")
            .append(hold.id())
            .append(" check-back=")
            .append(duration(hold.checkBackAfter()))
            .append(" -> ")
            .append(hold.onCheckBack())
            .append('\n');
        lines(hold.prompt());
        keys(hold.choices());
      }
      case Step.Remember remember ->
          out.append("remember ")
              .append(remember.id())
              .append(' ')
              .append(remember.variable())
              .append('=')
              .append(remember.value())
              .append(" -> ")
              .append(remember.next())
              .append('\n');
      case Step.Capture capture ->
          out.append("capture ")
              .append(capture.id())
              .append(" label=")
              .append(quote(capture.label()))
              .append(" method=")
              .append(capture.method().name().toLowerCase(java.util.Locale.ROOT))
              .append(" amount=")
              .append(capture.amountVariable())
              .append(" unavailable=")
              .append(capture.unavailable())
              .append(" -> ")
              .append(capture.next())
              .append('\n');
      case Step.ResumeTransfer resume -> out.append("resume ").append(resume.id()).append('\n');
      case Step.Hangup hangup ->
          out.append("hangup ")
              .append(hangup.id())
              .append(' ')
              .append(hangup.outcome())
              .append('\n');
    }
  }

  private void entry(Step.Entry entry) {
    out.append("entry ")
        .append(entry.id())
        .append(" label=")
        .append(quote(entry.label()))
        .append(" digits=")
        .append(entry.minDigits())
        .append("..")
        .append(entry.maxDigits())
        .append(" finish=")
        .append(entry.finishOnKey() == '\0' ? "none" : String.valueOf(entry.finishOnKey()))
        .append(" timeout=")
        .append(duration(entry.timeout()));
    out.append(entry.masked() ? " masked" : " into=" + entry.into());
    out.append(" -> ").append(entry.next()).append('\n');
    lines(entry.prompt());
    keys(entry.choices());
  }

  private void transfer(Step.Transfer transfer) {
    out.append("transfer ")
        .append(transfer.id())
        .append(" queue=")
        .append(transfer.queue())
        .append(" priority=")
        .append(transfer.priority())
        .append(" reason=")
        .append(quote(transfer.reason()))
        .append(" queued=")
        .append(transfer.onQueued())
        .append(" refused=")
        .append(transfer.onRefused());
    transfer.whenClosed().ifPresent(closed -> out.append(" closed=").append(closed));
    out.append('\n');
    for (Language language : Language.values()) {
      if (transfer.languageQueues().containsKey(language)) {
        detail("queue " + language.tag() + " " + transfer.languageQueues().get(language));
      }
    }
    lines(transfer.hold());
  }

  private void lines(List<PromptLine> lines) {
    for (PromptLine line : lines) {
      StringBuilder text = new StringBuilder(line.inOtherLanguage() ? "say-other " : "say ");
      text.append(line.id());
      for (PromptLine.Arg arg : line.args()) {
        text.append(' ').append(argKind(arg)).append(':').append(arg.variable());
      }
      detail(text.toString());
    }
  }

  private void keys(Map<String, String> choices) {
    new TreeMap<>(choices).forEach((key, target) -> detail("key " + key + " -> " + target));
  }

  private void detail(String text) {
    out.append("  ").append(text).append('\n');
  }

  static String argKind(PromptLine.Arg arg) {
    return switch (arg) {
      case PromptLine.Arg.Amount a -> "amount";
      case PromptLine.Arg.Date d -> "date";
      case PromptLine.Arg.Digits d -> "digits";
      case PromptLine.Arg.Number n -> "number";
    };
  }

  static String condition(Condition condition) {
    return switch (condition) {
      case Condition.All all ->
          String.join(" and ", all.conditions().stream().map(FlowFileWriter::term).toList());
      default -> term(condition);
    };
  }

  private static String term(Condition condition) {
    return switch (condition) {
      case Condition.Present present -> present.variable() + " present";
      case Condition.Equals equals -> equals.variable() + " = " + equals.expected();
      case Condition.AtLeast atLeast -> atLeast.variable() + " >= " + atLeast.minimum();
      case Condition.Not not
          when !(not.condition() instanceof Condition.All)
              && !(not.condition() instanceof Condition.Not) ->
          "not " + term(not.condition());
      default ->
          throw new IllegalArgumentException(
              "a flow file writes 'and' of simple conditions, each maybe with 'not'; not "
                  + condition);
    };
  }

  static String duration(Duration duration) {
    if (duration.toMillis() % 60_000 == 0) {
      return duration.toMinutes() + "m";
    }
    if (duration.toMillis() % 1000 == 0) {
      return duration.toSeconds() + "s";
    }
    return duration.toMillis() + "ms";
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
