package org.cityline.telephony.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;

/**
 * A simulated call at one moment, as the caller experienced it. Card and bank digits are not in it:
 * keys entered at a masked collect show as {@link #MASKED}.
 *
 * @param id the call
 * @param from the caller's number, empty when withheld
 * @param to the number dialed
 * @param state where the call stands
 * @param language the language of the last prompt heard (at first the channel's)
 * @param transcript what happened on the line, in order (the oldest lines may have been dropped:
 *     see {@code droppedLines})
 * @param keys what the caller keyed, one entry per answer or ignored run
 * @param collecting what the IVR is waiting for, if it is listening for keys
 * @param agent the username of the agent the caller is (or was last) connected to
 * @param placedAt when the call was placed
 * @param answeredAt when it was answered
 * @param endedAt when it ended
 * @param endReason why it ended
 * @param droppedLines how many of the oldest transcript lines were dropped to bound memory
 * @param asOf when this snapshot was taken, by the simulator's clock (durations of live calls count
 *     to here)
 */
public record SimulatedCall(
    CallId id,
    Optional<PhoneNumber> from,
    PhoneNumber to,
    State state,
    Language language,
    List<Line> transcript,
    List<KeyEntry> keys,
    Optional<Collecting> collecting,
    Optional<String> agent,
    Instant placedAt,
    Optional<Instant> answeredAt,
    Optional<Instant> endedAt,
    Optional<EndReason> endReason,
    int droppedLines,
    Instant asOf) {

  /** How keys from a masked collect are shown, whatever their number. */
  public static final String MASKED = "••••";

  public SimulatedCall {
    transcript = List.copyOf(transcript);
    keys = List.copyOf(keys);
  }

  /** How long the call has lasted (since it was answered, or placed if never answered). */
  public java.time.Duration duration() {
    return java.time.Duration.between(answeredAt.orElse(placedAt), endedAt.orElse(asOf));
  }

  /** The text of every prompt the caller heard, in order. */
  public List<String> prompts() {
    return transcript.stream()
        .filter(line -> line.speaker() == Speaker.IVR)
        .map(Line::text)
        .toList();
  }

  /** Where a simulated call stands. */
  public enum State {
    RINGING("ringing"),
    IN_IVR("in-ivr"),
    WAITING("waiting"),
    CONNECTED("connected"),
    ON_HOLD("on-hold"),
    ENDED("ended");

    private final String label;

    State(String label) {
      this.label = label;
    }

    /** The state as the HTTP API writes it. */
    public String label() {
      return label;
    }
  }

  /** Who a transcript line comes from. */
  public enum Speaker {
    /** A prompt the IVR played. */
    IVR,
    /** Keys the caller pressed. */
    CALLER,
    /** What the phone network did (answered, music, connected to an agent, hung up). */
    NETWORK
  }

  /**
   * One line of the transcript.
   *
   * @param at when
   * @param speaker who it comes from
   * @param text what was said or done, as text
   */
  public record Line(Instant at, Speaker speaker, String text) {}

  /**
   * Keys the caller pressed.
   *
   * @param at when the entry ended
   * @param keys the keys, or {@link #MASKED} for a masked collect
   * @param masked whether they answered a masked collect
   * @param ignored whether they were pressed while nothing was listening
   */
  public record KeyEntry(Instant at, String keys, boolean masked, boolean ignored) {}

  /**
   * What an open collect waits for.
   *
   * @param maxDigits the entry ends after this many keys
   * @param finishOnKey the key that ends it early, if any
   * @param masked whether the keys are card or bank digits
   */
  public record Collecting(int maxDigits, Optional<Character> finishOnKey, boolean masked) {}
}
