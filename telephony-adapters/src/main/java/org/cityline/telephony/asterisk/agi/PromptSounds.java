package org.cityline.telephony.asterisk.agi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cityline.common.Language;
import org.cityline.common.call.Prompt;
import org.cityline.common.call.Prompt.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a prompt as what a PBX plays: each recorded phrase is the sound file {@code
 * cityline/<lang>/<id>}, amounts, numbers, digits and dates are spoken with Asterisk's say commands
 * in the channel's language (its core sound pack), and an amount's words ({@code dollars}, {@code
 * and}, {@code cents}, {@code minus}) come from Cityline's prompt pack.
 *
 * <p>A {@link Part.Text} has no recording behind it and Asterisk has no standard text-to-speech: it
 * is left out (and logged), so a prompt made only of text plays nothing.
 */
public final class PromptSounds {

  private static final Logger log = LoggerFactory.getLogger(PromptSounds.class);

  private PromptSounds() {}

  /** The sounds for a prompt, in order. */
  public static List<Sound> of(Prompt prompt) {
    List<Sound> sounds = new ArrayList<>();
    for (Part part : prompt.parts()) {
      Language language = prompt.languageOf(part);
      switch (part) {
        case Part.Phrase phrase -> sounds.add(file(language, phrase.id()));
        case Part.ForeignPhrase foreign -> sounds.add(file(language, foreign.id()));
        case Part.Number number -> sounds.add(new Sound.Number(number.value()));
        case Part.Digits digits -> sounds.add(new Sound.Digits(digits.digits()));
        case Part.Date date -> sounds.add(new Sound.Date(date.date()));
        case Part.Amount amount -> addAmount(sounds, language, amount.cents());
        case Part.Text text ->
            log.warn(
                "a prompt part of {} characters has no recording and Asterisk has no text-to-speech:"
                    + " it is not played",
                text.text().length());
      }
    }
    return List.copyOf(sounds);
  }

  /** The sounds of a prompt as one line, as tests and logs show it. */
  public static String describe(Prompt prompt) {
    return of(prompt).stream().map(Sound::toString).collect(Collectors.joining(" "));
  }

  /** The language folder of Cityline's prompt pack: {@code en}, {@code es}. */
  public static String folder(Language language) {
    return language.locale().getLanguage();
  }

  private static Sound.File file(Language language, String id) {
    return new Sound.File("cityline/" + folder(language) + "/" + id);
  }

  private static void addAmount(List<Sound> sounds, Language language, long cents) {
    if (cents < 0) {
      sounds.add(file(language, "minus"));
    }
    long absolute = Math.abs(cents);
    sounds.add(new Sound.Number(absolute / 100));
    sounds.add(file(language, absolute / 100 == 1 ? "dollar" : "dollars"));
    if (absolute % 100 != 0) {
      sounds.add(file(language, "and"));
      sounds.add(new Sound.Number(absolute % 100));
      sounds.add(file(language, absolute % 100 == 1 ? "cent" : "cents"));
    }
  }
}
