package org.cityline.telephony.asterisk.agi;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;

/** What an AGI session needs from the adapter: its calls, the core, and the call's strand. */
public interface IvrCalls {

  /** The clock events are stamped with. */
  Clock clock();

  /** Registers a new caller's channel; empty when the adapter takes no more calls. */
  Optional<CallId> open(String uniqueId, String channel, Language language);

  /**
   * Hands an event of the call to the core on the call's strand and waits for what the call does
   * next.
   */
  List<CallCommand> ask(CallEvent event) throws InterruptedException;

  /** Whether Cityline took the channel out of the AGI session on purpose (to bridge it). */
  boolean handedOver(CallId call);

  /** The caller now waits with music ({@code true}) or is back in the IVR. */
  void waiting(CallId call, boolean waiting);

  /** The call is over (reported once, whatever calls this). */
  void ended(CallId call, CallEvent.EndReason reason);

  /** Pauses (or resumes) the call's recording while card or bank digits are keyed. */
  void pauseRecording(CallId call, boolean pause);
}
