package org.cityline.ivr.flow;

import java.util.List;
import java.util.stream.Collectors;
import org.cityline.common.call.CallCommand;

/** What a caller hears from some commands, as one text. */
final class TestText {
  private TestText() {}

  static String of(List<CallCommand> commands) {
    return commands.stream()
        .map(
            command ->
                switch (command) {
                  case CallCommand.Play play -> play.prompt().text();
                  case CallCommand.Collect collect -> collect.prompt().text();
                  case CallCommand.WaitForAgent wait -> wait.announcement().text();
                  case CallCommand.Answer answer -> "";
                  case CallCommand.Hangup hangup -> "";
                  case CallCommand.CapturePayment capture -> "";
                })
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
