package org.cityline.telephony.contract;

import java.time.Duration;
import java.util.List;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallId;

/**
 * Plays the caller (and the agents' phones) on one phone system, for the {@link TelephonyContract}.
 * Each action returns once the phone system took it; {@link #settle()} waits until the adapter has
 * carried out everything that followed.
 */
public interface TelephonyDriver extends AutoCloseable {

  /**
   * A caller dials.
   *
   * @param from the caller's number, or {@code "anonymous"} for a withheld number
   * @param to the number dialed
   */
  CallId placeCall(String from, String to);

  /** The caller presses keys (0-9, * and #). */
  void pressKeys(CallId call, String keys);

  /** The caller hangs up. */
  void hangUp(CallId call);

  /**
   * What the caller has heard so far, in order, one entry per prompt, as {@link
   * TelephonyContract#asHeard} renders a prompt.
   */
  List<String> heard(CallId call);

  /** What the caller's line is doing now. */
  CallerLine line(CallId call);

  /** The caller stays silent for this long (collect timeouts run out). */
  void elapse(Duration silence);

  /** Waits until the adapter has handled everything it was given. */
  void settle();

  /** The adapter's call control, which routing drives. */
  CallControl callControl();

  /** An agent's phone on this system, as the agent's profile would name it. */
  String deskPhone(String username);

  /** The agent's phone stops answering (agent legs to it fail with no answer). */
  void deskPhoneDoesNotAnswer(String username);

  /** Stops the adapter and the fakes it talks to. */
  @Override
  void close();
}
