package org.cityline.telephony.asterisk.agi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.SetMusicOnCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Cityline's IVR on one AGI channel: hands each caller event to the core and carries out the
 * commands it answers with, until the call ends or Cityline takes the channel out (to bridge it).
 *
 * <p>Waiting for an agent happens here, under Cityline's control: music on hold ({@code SET MUSIC
 * ON}) and {@code WAIT FOR DIGIT} until the check-back time, so keys while waiting reach the core
 * and the core is asked again when the time is up. When an agent's leg answers, the adapter
 * redirects the channel to the bridge context; Asterisk then reports the AGI channel as hung up,
 * which this session takes as the hand-over it is, not as the caller leaving.
 */
final class AgiSession {

  private static final Logger log = LoggerFactory.getLogger(AgiSession.class);

  private final IvrCalls calls;
  private final AgiChannel channel;
  private final CallId call;
  private final PromptPlayer player;
  private final String musicClass;
  private boolean answered;

  /** A wait in progress, resumed when the core answers a key with nothing to do. */
  private record Wait(CallCommand.WaitForAgent command, Optional<Instant> checkBackAt) {}

  private sealed interface Outcome {}

  /** The core must hear of this event next. */
  private record Ask(CallEvent event, Optional<Wait> resume) implements Outcome {}

  /** The session is over (ended or handed over). */
  private record Over() implements Outcome {}

  AgiSession(IvrCalls calls, AgiChannel channel, CallId call, String musicClass) {
    this.calls = calls;
    this.channel = channel;
    this.call = call;
    this.player = new PromptPlayer(channel);
    this.musicClass = musicClass;
  }

  void run(CallEvent.CallArrived arrived) {
    try {
      List<CallCommand> next = calls.ask(arrived);
      Optional<Wait> resume = Optional.empty();
      while (true) {
        Outcome outcome =
            next.isEmpty() && resume.isPresent() ? await(resume.get()) : perform(next);
        if (!(outcome instanceof Ask ask)) {
          return;
        }
        resume = ask.resume();
        next = calls.ask(ask.event());
      }
    } catch (AgiHangupException e) {
      gone();
    } catch (AgiException e) {
      if (calls.handedOver(call)) {
        return;
      }
      log.warn("{}: the FastAGI session failed ({}); the call ends", call, e.getMessage());
      calls.ended(call, EndReason.LOST_BY_NETWORK);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.info("{}: the FastAGI session was stopped (Cityline is shutting down)", call);
      calls.ended(call, EndReason.LOST_BY_NETWORK);
    }
  }

  /** Carries out commands until one needs an answer from the caller (or the call is over). */
  private Outcome perform(List<CallCommand> commands) throws AgiException {
    if (commands.isEmpty()) {
      // The core has nothing for the caller: keep the line open with music until it acts.
      return await(new Wait(null, Optional.empty()));
    }
    calls.waiting(call, false);
    for (int i = 0; i < commands.size(); i++) {
      CallCommand command = commands.get(i);
      if (i < commands.size() - 1
          && (command instanceof CallCommand.Collect
              || command instanceof CallCommand.WaitForAgent)) {
        log.warn("{}: commands after a collect or a wait are ignored", call);
      }
      switch (command) {
        case CallCommand.Answer answer -> answer();
        case CallCommand.Play play -> {
          answer();
          player.play(play.prompt(), false);
        }
        case CallCommand.Collect collect -> {
          answer();
          return new Ask(collect(collect), Optional.empty());
        }
        case CallCommand.WaitForAgent wait -> {
          answer();
          player.play(wait.announcement(), false);
          Instant now = calls.clock().instant();
          return await(new Wait(wait, wait.checkBackAfter().map(now::plus)));
        }
        case CallCommand.CapturePayment capture -> {
          // Never asked: capturesPayments() is false on Asterisk (card digits go through Collect).
          log.error("{}: asked to capture a payment, but Asterisk has no payment connector", call);
          calls.ended(call, EndReason.HUNG_UP_BY_CITYLINE);
          channel.sendCommand(new HangupCommand());
          return new Over();
        }
        case CallCommand.Hangup hangup -> {
          calls.ended(call, EndReason.HUNG_UP_BY_CITYLINE);
          channel.sendCommand(new HangupCommand());
          return new Over();
        }
      }
    }
    // The commands ended without asking the caller anything: wait for the core to act.
    return await(new Wait(null, Optional.empty()));
  }

  private void answer() throws AgiException {
    if (!answered) {
      channel.sendCommand(new AnswerCommand());
      answered = true;
    }
  }

  private CallEvent collect(CallCommand.Collect collect) throws AgiException {
    if (collect.masked()) {
      calls.pauseRecording(call, true);
    }
    try {
      Optional<String> keys = new KeyCollector(channel, player).collect(collect);
      Instant at = calls.clock().instant();
      return keys.<CallEvent>map(k -> new CallEvent.DigitsEntered(call, k, at, collect.step()))
          .orElseGet(() -> new CallEvent.NoInput(call, at, collect.step()));
    } finally {
      if (collect.masked()) {
        calls.pauseRecording(call, false);
      }
    }
  }

  /** Music and WAIT FOR DIGIT until a key, the check-back time, or Cityline takes the channel. */
  private Outcome await(Wait wait) throws AgiException {
    calls.waiting(call, true);
    channel.sendCommand(new SetMusicOnCommand(musicClass));
    int timeout = -1;
    if (wait.checkBackAt().isPresent()) {
      long left = Duration.between(calls.clock().instant(), wait.checkBackAt().get()).toMillis();
      timeout = (int) Math.max(1, Math.min(Integer.MAX_VALUE, left));
    }
    int result = channel.sendCommand(new WaitForDigitCommand(timeout)).getResultCode();
    if (result < 0) {
      gone();
      return new Over();
    }
    Instant at = calls.clock().instant();
    Optional<String> step = wait.command() == null ? Optional.empty() : wait.command().step();
    if (result == 0) {
      calls.waiting(call, false);
      return new Ask(new CallEvent.NoInput(call, at, step), Optional.empty());
    }
    String key = String.valueOf((char) result);
    return new Ask(new CallEvent.DigitsEntered(call, key, at, step), Optional.of(wait));
  }

  /** The channel left the AGI: handed over to be bridged, or the caller hung up. */
  private void gone() {
    if (calls.handedOver(call)) {
      log.debug("{}: the channel left the IVR to be bridged", call);
      return;
    }
    calls.ended(call, EndReason.CALLER_HUNG_UP);
  }
}
