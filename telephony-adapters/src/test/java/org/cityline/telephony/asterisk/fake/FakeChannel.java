package org.cityline.telephony.asterisk.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One channel on the {@link FakePbx}; guarded by the PBX's lock. */
public final class FakeChannel {

  /** Where the channel is in the dialplan. */
  public enum State {
    /** Ringing, not answered. */
    RINGING,
    /** Running the FastAGI script. */
    AGI,
    /** An agent's leg waiting in {@code [cityline-agent]}. */
    PARKED,
    /** Bridged to another channel. */
    BRIDGED,
    /** In {@code [cityline-conference]} (a ConfBridge). */
    CONFERENCE,
    /** In {@code [cityline-hold]}, hearing music. */
    HELD,
    /** An answered callback waiting in {@code [cityline-callback]}. */
    CALLBACK_WAITING,
    /** Somewhere else in the dialplan. */
    ELSEWHERE,
    /** Hung up. */
    GONE
  }

  final String name;
  final String uniqueId;
  final boolean caller;
  State state;
  FakeChannel bridgedTo;
  final Map<String, String> variables = new HashMap<>();

  // the AGI side (callers only)
  boolean answered;
  boolean music;
  boolean agiOpen;
  boolean agiDead;
  boolean hangupLinePending;
  boolean blocked;
  boolean timedOut;
  final Deque<Character> keys = new ArrayDeque<>();
  final List<List<String>> heard = new ArrayList<>();

  FakeChannel(String name, String uniqueId, boolean caller, State state) {
    this.name = name;
    this.uniqueId = uniqueId;
    this.caller = caller;
    this.state = state;
  }

  void hear(String sound) {
    if (heard.isEmpty()) {
      heard.add(new ArrayList<>());
    }
    heard.getLast().add(sound);
  }
}
