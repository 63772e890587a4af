package org.cityline.telephony.asterisk.agi;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.SayDateTimeCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.SayNumberCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.VerboseCommand;
import org.cityline.common.call.Prompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays prompts on an AGI channel: {@code STREAM FILE} for sound files, {@code SAY NUMBER}, {@code
 * SAY DIGITS} and {@code SAY DATETIME} for values. Each prompt is announced on the PBX's verbose
 * console first ({@code cityline: <phrase ids>}), which also tells a prompt's sounds from the
 * next's.
 */
final class PromptPlayer {

  private static final Logger log = LoggerFactory.getLogger(PromptPlayer.class);
  static final String ANY_KEY = "0123456789*#";

  private final AgiChannel channel;

  PromptPlayer(AgiChannel channel) {
    this.channel = channel;
  }

  /**
   * Plays a whole prompt.
   *
   * @param interruptible whether a key stops it
   * @return the key that stopped it
   */
  Optional<Character> play(Prompt prompt, boolean interruptible) throws AgiException {
    announce(prompt);
    return playSounds(PromptSounds.of(prompt), interruptible ? ANY_KEY : "");
  }

  /** Marks the start of a prompt on the PBX's console (phrase ids only, never values). */
  void announce(Prompt prompt) throws AgiException {
    List<String> ids = prompt.phraseIds();
    channel.sendCommand(
        new VerboseCommand("cityline: " + (ids.isEmpty() ? "prompt" : String.join(",", ids)), 4));
  }

  /** Plays sounds until one is interrupted by one of {@code escape}. */
  Optional<Character> playSounds(List<Sound> sounds, String escape) throws AgiException {
    for (Sound sound : sounds) {
      int result = channel.sendCommand(command(sound, escape)).getResultCode();
      if (result > 0) {
        return Optional.of((char) result);
      }
      if (result < 0) {
        // A missing sound file also answers -1; a hang-up shows on the next command.
        log.warn("the PBX could not play {} (missing sound file, or the caller left)", sound);
      }
    }
    return Optional.empty();
  }

  private static AgiCommand command(Sound sound, String escape) {
    return switch (sound) {
      case Sound.File file -> new StreamFileCommand(file.path(), escape);
      case Sound.Number number -> new SayNumberCommand(Long.toString(number.value()), escape);
      case Sound.Digits digits -> new SayDigitsCommand(digits.digits(), escape);
      case Sound.Date date ->
          new SayDateTimeCommand(
              date.date().atStartOfDay(ZoneOffset.UTC).toEpochSecond(), escape, "ABd", "UTC");
    };
  }
}
