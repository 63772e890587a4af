package org.cityline.ivr.flow;

import java.util.List;
import java.util.Optional;
import org.cityline.common.call.CallCommand;

/**
 * What one event did to a session.
 *
 * @param session the session after the event
 * @param commands what the call must do now, in order
 * @param portCall a call to make before the flow can go on; its answer comes back as {@link
 *     FlowEvent.PortAnswered}. Empty when the flow waits for the caller or has ended.
 */
public record Transition(Session session, List<CallCommand> commands, Optional<PortCall> portCall) {
  public Transition {
    commands = List.copyOf(commands);
  }
}
