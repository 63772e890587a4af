package org.cityline.telephony.asterisk.agi;

import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.cityline.common.call.CallCommand;

/**
 * Collects keys for a {@link CallCommand.Collect}: the prompt plays interruptibly, its last sound
 * file through {@code GET DATA} (which then waits for the keys), or {@code silence/1} when a key
 * already cut the prompt short or it ends with a spoken value. {@code GET DATA} ends on '#', which
 * it leaves out; it cannot finish on '*'. The keys are never logged.
 */
final class KeyCollector {

  static final String SILENCE = "silence/1";

  private final AgiChannel channel;
  private final PromptPlayer player;

  KeyCollector(AgiChannel channel, PromptPlayer player) {
    this.channel = channel;
    this.player = player;
  }

  /** The keys entered, or empty when none came in time (or only the finishing key). */
  Optional<String> collect(CallCommand.Collect collect) throws AgiException {
    List<Sound> sounds = PromptSounds.of(collect.prompt());
    boolean endsWithFile = !sounds.isEmpty() && sounds.getLast() instanceof Sound.File;
    List<Sound> before = endsWithFile ? sounds.subList(0, sounds.size() - 1) : sounds;
    player.announce(collect.prompt());
    Optional<Character> first = player.playSounds(before, PromptPlayer.ANY_KEY);
    if (first.isEmpty()) {
      String file = endsWithFile ? ((Sound.File) sounds.getLast()).path() : SILENCE;
      return keys(getData(file, collect, collect.maxDigits()));
    }
    char key = first.get();
    if (key == '#' || key == collect.finishOnKey()) {
      return Optional.empty();
    }
    if (collect.maxDigits() == 1) {
      return Optional.of(String.valueOf(key));
    }
    return Optional.of(key + getData(SILENCE, collect, collect.maxDigits() - 1));
  }

  private String getData(String file, CallCommand.Collect collect, int maxDigits)
      throws AgiException {
    String result =
        channel
            .sendCommand(new GetDataCommand(file, collect.timeout().toMillis(), maxDigits))
            .getResult();
    if ("-1".equals(result)) {
      throw new AgiHangupException();
    }
    return result == null ? "" : result;
  }

  private static Optional<String> keys(String keys) {
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
  }
}
