package org.cityline.common.call;

import java.util.List;

/**
 * The core's side of the telephony port: adapters hand every {@link CallEvent} here.
 *
 * <p>Implementations may block (they read and write shared session state), so adapters call it from
 * a virtual thread or a worker, never from an event loop. It never throws for a caller's input: bad
 * or unexpected events are answered with what the call should do next (often an apology and a
 * transfer to a person).
 */
@FunctionalInterface
public interface CallEventHandler {

  /**
   * Handles one event.
   *
   * @return what the call must do next, in order; empty when the event needs nothing from the call
   *     (for example an ended call)
   */
  List<CallCommand> handle(CallEvent event);
}
