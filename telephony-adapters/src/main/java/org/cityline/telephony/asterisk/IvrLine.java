package org.cityline.telephony.asterisk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.telephony.asterisk.AsteriskCall.Phase;
import org.cityline.telephony.asterisk.agi.IvrCalls;
import org.cityline.telephony.asterisk.ami.AmiException;
import org.cityline.telephony.asterisk.ami.ManagerLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The adapter as the AGI sessions see it: their calls, the core on each call's strand. */
final class IvrLine implements IvrCalls {

  private static final Logger log = LoggerFactory.getLogger(IvrLine.class);

  private final AsteriskNetwork network;

  IvrLine(AsteriskNetwork network) {
    this.network = network;
  }

  @Override
  public Clock clock() {
    return network.clock;
  }

  @Override
  public Optional<CallId> open(String uniqueId, String channel, Language language) {
    if (network.handler() == null) {
      log.warn("{} refused: the Asterisk adapter is not attached to Cityline yet", channel);
      return Optional.empty();
    }
    CallId id = new CallId(AsteriskNetwork.NETWORK, uniqueId);
    AsteriskCall call = new AsteriskCall(id, channel, Phase.IVR, network.sequencer.newStrand());
    return network.book.add(call) ? Optional.of(id) : Optional.empty();
  }

  @Override
  public List<CallCommand> ask(CallEvent event) throws InterruptedException {
    Optional<AsteriskCall> found = network.book.call(event.callId());
    if (found.isEmpty()) {
      return List.of();
    }
    AsteriskCall call = found.get();
    CompletableFuture<List<CallCommand>> answer = new CompletableFuture<>();
    call.strand.execute(
        () -> {
          try {
            answer.complete(call.isEnded() ? List.of() : network.handler().handle(event));
          } catch (RuntimeException e) {
            answer.completeExceptionally(e);
          }
        });
    try {
      List<CallCommand> commands = answer.get();
      return commands == null ? List.of() : List.copyOf(commands);
    } catch (ExecutionException e) {
      log.error(
          "{}: the core failed on {}; hanging up",
          call.id,
          event.getClass().getSimpleName(),
          e.getCause());
      return List.of(new CallCommand.Hangup());
    }
  }

  @Override
  public boolean handedOver(CallId call) {
    return network.book.call(call).map(AsteriskCall::handedOver).orElse(false);
  }

  @Override
  public void waiting(CallId id, boolean waiting) {
    network.book.call(id).ifPresent(call -> call.phase(waiting ? Phase.WAITING : Phase.IVR));
  }

  @Override
  public void ended(CallId id, CallEvent.EndReason reason) {
    network
        .book
        .call(id)
        .ifPresent(
            call -> {
              if (reason == CallEvent.EndReason.HUNG_UP_BY_CITYLINE) {
                call.hangupRequested();
              }
              call.strand.execute(() -> network.end(call, reason));
            });
  }

  @Override
  public void pauseRecording(CallId id, boolean pause) {
    if (network.link.state() != ManagerLink.State.CONNECTED) {
      return;
    }
    network
        .book
        .call(id)
        .ifPresent(
            call -> {
              try {
                network.actions.muteRecording(call.channel(), pause);
              } catch (AmiException e) {
                log.debug(
                    "{}: recording not {} ({})", id, pause ? "paused" : "resumed", e.getMessage());
              }
            });
  }
}
