package org.cityline.telephony.simulator;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.time.Scheduler;
import org.cityline.telephony.simulator.SimulatedCall.Collecting;
import org.cityline.telephony.simulator.SimulatedCall.KeyEntry;
import org.cityline.telephony.simulator.SimulatedCall.Speaker;
import org.cityline.telephony.simulator.SimulatedCall.State;

/**
 * One simulated call's line: its state machine, transcript and key collection. Every method holds
 * the call's monitor briefly and never calls out (no handler, no other lock), so the strand, the
 * HTTP API and {@code CallControl} may all touch it. Entered keys live in {@link #entry} only until
 * the entry ends, and are wiped then.
 */
final class LiveCall {

  /** Called (on the scheduler's thread) when a collect's or a wait's timer runs out. */
  interface TimeoutListener {
    void collectTimedOut(LiveCall call, long generation);

    /** A caller waiting for an agent reached the wait's check-back time. */
    void waitCheckedBack(LiveCall call, long generation);
  }

  final CallId id;
  final Optional<PhoneNumber> from;
  final PhoneNumber to;
  final Instant placedAt;
  final Executor strand;

  private final Scheduler scheduler;
  private final TimeoutListener timeouts;
  private final Transcript transcript;

  private State state = State.RINGING;
  private Language language;
  private String agent;
  private final java.util.Set<String> joined = new java.util.LinkedHashSet<>();
  private Instant answeredAt;
  private Instant endedAt;
  private EndReason endReason;

  private CallCommand.Collect collect;
  private long generation;
  private Scheduler.Timer timer;
  private char[] entry = new char[0];
  private int entryLength;
  private char finishKeyOfFullEntry;

  /** The step token of the wait in progress; null when the caller is not waiting for keys. */
  private Optional<String> waitStep;

  private long waitGeneration;
  private Scheduler.Timer waitTimer;

  LiveCall(
      CallId id,
      Optional<PhoneNumber> from,
      PhoneNumber to,
      Language language,
      Instant placedAt,
      Executor strand,
      Scheduler scheduler,
      TimeoutListener timeouts,
      int maxTranscriptLines) {
    this.id = id;
    this.from = from;
    this.to = to;
    this.language = language;
    this.placedAt = placedAt;
    this.strand = strand;
    this.scheduler = scheduler;
    this.timeouts = timeouts;
    this.transcript = new Transcript(maxTranscriptLines);
  }

  /** What a key did. */
  sealed interface KeyOutcome {
    /** Nothing was listening; the key is recorded as ignored. */
    record Ignored() implements KeyOutcome {}

    /** The key joined an entry still in progress (or the call is over). */
    record Taken() implements KeyOutcome {}

    /** The key ended the entry: this event goes to the handler. */
    record Completed(CallEvent event) implements KeyOutcome {}
  }

  synchronized boolean isOver() {
    return state == State.ENDED;
  }

  synchronized Language language() {
    return language;
  }

  synchronized void answer(Instant at) {
    if (state == State.RINGING) {
      state = State.IN_IVR;
      answeredAt = at;
      transcript.add(at, Speaker.NETWORK, "[answered]");
    }
  }

  synchronized void hear(Prompt prompt, Instant at) {
    if (state == State.ENDED) {
      return;
    }
    answer(at);
    language = prompt.language();
    transcript.add(at, Speaker.IVR, prompt.text());
  }

  synchronized void startCollect(CallCommand.Collect command, Instant at) {
    if (state == State.ENDED) {
      return;
    }
    hear(command.prompt(), at);
    stopCollecting();
    stopWaiting();
    collect = command;
    entry = new char[command.maxDigits()];
    armTimer();
  }

  synchronized void waitForAgent(CallCommand.WaitForAgent wait, Instant at) {
    if (state != State.RINGING && state != State.IN_IVR && state != State.WAITING) {
      return; // already with an agent (connected while the IVR was still answering): stay there
    }
    hear(wait.announcement(), at);
    stopCollecting();
    state = State.WAITING;
    transcript.add(at, Speaker.NETWORK, "[music while you wait]");
    armWait(wait);
  }

  /**
   * Ends the call if it is live.
   *
   * @return true if this ended it (the caller then reports {@link CallEvent.CallEnded} once)
   */
  synchronized boolean end(EndReason reason, String note, Instant at) {
    if (state == State.ENDED) {
      return false;
    }
    stopCollecting();
    stopWaiting();
    state = State.ENDED;
    endReason = reason;
    endedAt = at;
    transcript.add(at, Speaker.NETWORK, note);
    return true;
  }

  /** Why connecting an agent is not possible now, or empty if it is. */
  synchronized Optional<String> connectRefusal() {
    return switch (state) {
      case RINGING, IN_IVR, WAITING -> Optional.empty();
      case CONNECTED, ON_HOLD -> Optional.of("the caller is already connected to " + agent);
      case ENDED -> Optional.of("the call has ended");
    };
  }

  /** Connects the agent's desk phone; empty when done, else why not. */
  synchronized Optional<String> connect(String username, Instant at) {
    Optional<String> refusal = connectRefusal();
    if (refusal.isPresent()) {
      return refusal;
    }
    answer(at);
    stopCollecting();
    stopWaiting();
    state = State.CONNECTED;
    agent = username;
    transcript.add(at, Speaker.NETWORK, "[connected to " + username + "]");
    return Optional.empty();
  }

  synchronized void note(String text, Instant at) {
    transcript.add(at, Speaker.NETWORK, text);
  }

  /** Puts the caller on hold; empty when done (or already on hold), else why not. */
  synchronized Optional<String> hold(Instant at) {
    return switch (state) {
      case CONNECTED -> {
        state = State.ON_HOLD;
        transcript.add(at, Speaker.NETWORK, "[on hold: music]");
        yield Optional.empty();
      }
      case ON_HOLD -> Optional.empty();
      default ->
          Optional.of("only a caller connected to an agent can be held; it is " + stateText());
    };
  }

  /** Takes the caller off hold; empty when done (or not on hold but connected), else why not. */
  synchronized Optional<String> resume(Instant at) {
    return switch (state) {
      case ON_HOLD -> {
        state = State.CONNECTED;
        transcript.add(at, Speaker.NETWORK, "[back with " + agent + "]");
        yield Optional.empty();
      }
      case CONNECTED -> Optional.empty();
      default -> Optional.of("only a caller on hold can be resumed; it is " + stateText());
    };
  }

  /** Who hangs up when Cityline ends the call, as the caller hears it. */
  synchronized String hangupNote() {
    return state == State.CONNECTED || state == State.ON_HOLD
        ? "[" + agent + " hung up]"
        : "[Cityline hung up]";
  }

  /**
   * One key from the caller. The finish key pressed right after an entry that already ended at its
   * maximum length belongs to that entry (the caller typed a full account number and #, as told),
   * so it does not spill into the next collect.
   */
  synchronized KeyOutcome press(char key, Instant at) {
    if (state == State.ENDED) {
      return new KeyOutcome.Taken();
    }
    char lateFinishKey = finishKeyOfFullEntry;
    finishKeyOfFullEntry = '\0';
    if (lateFinishKey != '\0' && key == lateFinishKey) {
      transcript.keys(new KeyEntry(at, String.valueOf(key), false, false));
      return new KeyOutcome.Taken();
    }
    if (collect == null && state == State.WAITING && waitStep != null) {
      return new KeyOutcome.Completed(keyWhileWaiting(key, at));
    }
    if (collect == null) {
      return new KeyOutcome.Ignored();
    }
    if (key == collect.finishOnKey() && collect.finishOnKey() != '\0') {
      return new KeyOutcome.Completed(finishEntry(at, String.valueOf(key)));
    }
    entry[entryLength++] = key;
    if (entryLength == collect.maxDigits()) {
      char finishKey = collect.finishOnKey();
      CallEvent full = finishEntry(at, "");
      finishKeyOfFullEntry = finishKey;
      return new KeyOutcome.Completed(full);
    }
    armTimer(); // the timeout counts from the last key, as on a real IVR
    return new KeyOutcome.Taken();
  }

  /** Records keys pressed while nothing listened. */
  synchronized void ignored(String keys, Instant at) {
    if (state != State.ENDED) {
      transcript.keys(new KeyEntry(at, keys, false, true));
    }
  }

  /** The collect's timer ran out: the entry so far, or silence. Empty if that collect is gone. */
  synchronized Optional<CallEvent> timeout(long timerGeneration, Instant at) {
    finishKeyOfFullEntry = '\0';
    if (collect == null || timerGeneration != generation || state == State.ENDED) {
      return Optional.empty();
    }
    if (entryLength == 0) {
      transcript.add(at, Speaker.NETWORK, "[no key pressed]");
    }
    return Optional.of(finishEntry(at, ""));
  }

  private CallEvent finishEntry(Instant at, String finishKey) {
    String keys = new String(entry, 0, entryLength);
    boolean masked = collect.masked();
    if (!keys.isEmpty() || !finishKey.isEmpty()) {
      transcript.keys(
          new KeyEntry(at, masked ? SimulatedCall.MASKED : keys + finishKey, masked, false));
    }
    Optional<String> step = collect.step();
    stopCollecting();
    return keys.isEmpty()
        ? new CallEvent.NoInput(id, at, step)
        : new CallEvent.DigitsEntered(id, keys, at, step);
  }

  private void armTimer() {
    if (timer != null) {
      timer.cancel();
    }
    long armed = ++generation;
    timer = scheduler.schedule(collect.timeout(), () -> timeouts.collectTimedOut(this, armed));
  }

  private void stopCollecting() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    generation++;
    collect = null;
    Arrays.fill(entry, '\0');
    entryLength = 0;
  }

  // ---- waiting for an agent: keys and check-backs ----

  /** Starts the music's check-back timer, if the wait has one; keys are taken one at a time. */
  private void armWait(CallCommand.WaitForAgent wait) {
    stopWaiting();
    waitStep = wait.step();
    long armed = ++waitGeneration;
    wait.checkBackAfter()
        .ifPresent(
            after ->
                waitTimer = scheduler.schedule(after, () -> timeouts.waitCheckedBack(this, armed)));
  }

  /**
   * A key pressed while waiting goes to Cityline at once, one key per event; the music (and its
   * check-back) go on until Cityline answers with something else.
   */
  private CallEvent keyWhileWaiting(char key, Instant at) {
    transcript.keys(new KeyEntry(at, String.valueOf(key), false, false));
    return new CallEvent.DigitsEntered(id, String.valueOf(key), at, waitStep);
  }

  /** The wait's check-back time came: silence for Cityline, if that wait is still on. */
  synchronized Optional<CallEvent> waitCheckBack(long timerGeneration, Instant at) {
    if (state != State.WAITING || timerGeneration != waitGeneration || waitStep == null) {
      return Optional.empty();
    }
    Optional<String> step = waitStep;
    stopWaiting();
    return Optional.of(new CallEvent.NoInput(id, at, step));
  }

  private void stopWaiting() {
    if (waitTimer != null) {
      waitTimer.cancel();
      waitTimer = null;
    }
    waitGeneration++;
    waitStep = null;
  }

  private String stateText() {
    return state.label();
  }

  /** Another agent joins the call (a consult); empty when done, else why not. */
  synchronized Optional<String> addAgent(String username, Instant at) {
    if (state != State.CONNECTED && state != State.ON_HOLD) {
      return Optional.of("only a call with an agent can take a second one; it is " + stateText());
    }
    if (username.equals(agent) || !joined.add(username)) {
      return Optional.of(username + " is already on the call");
    }
    transcript.add(at, Speaker.NETWORK, "[" + username + " joined]");
    return Optional.empty();
  }

  /**
   * The held caller joins the agent and the agent who joined (a conference of three): all hear one
   * another. Empty when done, else why not.
   */
  synchronized Optional<String> conference(String consulting, String consulted, Instant at) {
    if (state != State.ON_HOLD) {
      return Optional.of("only a caller on hold joins a conference; it is " + stateText());
    }
    if (!consulting.equals(agent)) {
      return Optional.of(consulting + " is not the agent with the caller");
    }
    if (!joined.contains(consulted)) {
      return Optional.of(consulted + " has not joined the call");
    }
    state = State.CONNECTED;
    transcript.add(
        at, Speaker.NETWORK, "[conference: the caller, " + agent + " and " + consulted + "]");
    return Optional.empty();
  }

  /**
   * A supervisor joins the agent's call in a mode (see {@link #addAgent} for a second agent). Empty
   * when done, else why not.
   */
  synchronized Optional<String> monitor(
      String username, String supervisor, org.cityline.common.call.MonitorMode mode, Instant at) {
    if (state != State.CONNECTED) {
      return Optional.of("a supervisor joins a call an agent is talking on; it is " + stateText());
    }
    if (!username.equals(agent) && !joined.contains(username)) {
      return Optional.of(username + " is not on the call");
    }
    String what =
        switch (mode) {
          case LISTEN -> " listens in on ";
          case WHISPER -> " whispers to ";
          case BARGE -> " barges in on ";
        };
    transcript.add(at, Speaker.NETWORK, "[" + supervisor + what + username + "]");
    return Optional.empty();
  }

  /**
   * An agent leaves the call (a transfer): a joined agent just leaves; the connected agent hands
   * the caller to the agent who joined, or, with none, the caller waits with music. Empty when
   * done, else why not.
   */
  synchronized Optional<String> dropAgent(String username, Instant at) {
    if (state == State.ENDED) {
      return Optional.of("the call has ended");
    }
    if (joined.remove(username)) {
      transcript.add(at, Speaker.NETWORK, "[" + username + " left]");
      return Optional.empty();
    }
    if (!username.equals(agent) || (state != State.CONNECTED && state != State.ON_HOLD)) {
      return Optional.of(username + " is not on the call");
    }
    if (!joined.isEmpty()) {
      agent = joined.iterator().next();
      joined.remove(agent);
      transcript.add(at, Speaker.NETWORK, "[" + username + " left; with " + agent + " now]");
    } else {
      state = State.WAITING;
      transcript.add(at, Speaker.NETWORK, "[" + username + " left: music while you wait]");
    }
    return Optional.empty();
  }

  synchronized SimulatedCall snapshot(Instant asOf) {
    return new SimulatedCall(
        id,
        from,
        to,
        state,
        language,
        transcript.lines(),
        transcript.keyEntries(),
        Optional.ofNullable(collect)
            .map(
                c ->
                    new Collecting(
                        c.maxDigits(),
                        c.finishOnKey() == '\0' ? Optional.empty() : Optional.of(c.finishOnKey()),
                        c.masked())),
        Optional.ofNullable(agent),
        placedAt,
        Optional.ofNullable(answeredAt),
        Optional.ofNullable(endedAt),
        Optional.ofNullable(endReason),
        transcript.dropped(),
        asOf);
  }

  /** Never shows entered keys. */
  @Override
  public String toString() {
    return "LiveCall[" + id + "]";
  }
}
