package org.cityline.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.Prompt;
import org.cityline.ivr.announcements.EmergencyAnnouncement;
import org.cityline.ivr.prompts.PromptRenderer;

/**
 * Puts the supervisor's announcement first on a new call: at the start of the first command that
 * says something, in that prompt's language and then in the other (each with its own voice), so a
 * key interrupts it when that command is a collect.
 */
final class EmergencyNotice {

  private EmergencyNotice() {}

  static List<CallCommand> first(
      Optional<EmergencyAnnouncement> announcement, List<CallCommand> commands) {
    if (announcement.isEmpty()) {
      return commands;
    }
    List<CallCommand> result = new ArrayList<>(commands);
    for (int i = 0; i < result.size(); i++) {
      CallCommand command = result.get(i);
      Optional<CallCommand> with =
          switch (command) {
            case CallCommand.Collect collect ->
                Optional.of(
                    new CallCommand.Collect(
                        lead(announcement.get(), collect.prompt()),
                        collect.maxDigits(),
                        collect.timeout(),
                        collect.finishOnKey(),
                        collect.masked(),
                        collect.step()));
            case CallCommand.Play play ->
                Optional.of(new CallCommand.Play(lead(announcement.get(), play.prompt())));
            case CallCommand.WaitForAgent wait ->
                Optional.of(
                    new CallCommand.WaitForAgent(
                        lead(announcement.get(), wait.announcement()),
                        wait.checkBackAfter(),
                        wait.step()));
            default -> Optional.empty();
          };
      if (with.isPresent()) {
        result.set(i, with.get());
        return result;
      }
    }
    return result;
  }

  private static Prompt lead(EmergencyAnnouncement announcement, Prompt prompt) {
    Language language = prompt.language();
    Language other = PromptRenderer.other(language);
    List<Prompt.Part> parts = new ArrayList<>();
    parts.add(new Prompt.Part.Text(language, announcement.text(language)));
    parts.add(new Prompt.Part.Text(other, announcement.text(other)));
    parts.addAll(prompt.parts());
    return new Prompt(language, parts);
  }
}
