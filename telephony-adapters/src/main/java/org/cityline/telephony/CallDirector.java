package org.cityline.telephony;

import java.util.List;
import java.util.Objects;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.routing.RoutingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's side of the telephony port, as every adapter sees it: one {@link CallEventHandler}
 * that sends each call event where it belongs.
 *
 * <ul>
 *   <li>A call arriving, keys and silence go to the IVR, and the IVR's commands go back to the
 *       call.
 *   <li>An agent's leg connecting or failing goes to routing.
 *   <li>A call's end goes to the IVR (it drops the caller's session) and to routing (a waiting
 *       contact is abandoned, a connected one goes to wrap-up), both even when one of them fails.
 * </ul>
 *
 * <p>It may block as long as the IVR and routing do (they read and write cluster state), so
 * adapters call it on a call's strand ({@link CallSequencer}), never on an event loop and never
 * from inside a {@link org.cityline.common.call.CallControl} method.
 */
public final class CallDirector implements CallEventHandler {

  private static final Logger log = LoggerFactory.getLogger(CallDirector.class);

  private final CallEventHandler ivr;
  private final RoutingService routing;

  /**
   * @param ivr the IVR engine, which answers caller events with what the call does next
   * @param routing the routing core, told about agent legs and ended calls
   */
  public CallDirector(CallEventHandler ivr, RoutingService routing) {
    this.ivr = Objects.requireNonNull(ivr, "the call director needs the IVR");
    this.routing = Objects.requireNonNull(routing, "the call director needs routing");
  }

  @Override
  public List<CallCommand> handle(CallEvent event) {
    log.debug("call event {}", event);
    return switch (event) {
      case CallEvent.CallArrived arrived -> commandsFrom(ivr.handle(arrived));
      case CallEvent.DigitsEntered digits -> commandsFrom(ivr.handle(digits));
      case CallEvent.NoInput silence -> commandsFrom(ivr.handle(silence));
      case CallEvent.PaymentCaptured paid -> commandsFrom(ivr.handle(paid));
      case CallEvent.AgentConnected connected -> toRouting(connected);
      case CallEvent.AgentLegFailed failed -> toRouting(failed);
      case CallEvent.CallAnswered answered -> toRouting(answered);
      case CallEvent.CallEnded ended -> toBoth(ended);
    };
  }

  private static List<CallCommand> commandsFrom(List<CallCommand> commands) {
    return commands == null ? List.of() : List.copyOf(commands);
  }

  private List<CallCommand> toRouting(CallEvent event) {
    routing.onCallEvent(event);
    return List.of();
  }

  /** Both must hear of the end, or an IVR session or a live contact is left behind. */
  private List<CallCommand> toBoth(CallEvent.CallEnded ended) {
    RuntimeException failure = null;
    try {
      ivr.handle(ended);
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      routing.onCallEvent(ended);
    } catch (RuntimeException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return List.of();
  }
}
