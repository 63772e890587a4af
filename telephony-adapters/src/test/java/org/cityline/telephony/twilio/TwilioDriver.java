package org.cityline.telephony.twilio;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.contract.CallerLine;
import org.cityline.telephony.contract.TelephonyDriver;

/** Plays the caller on the fake Twilio, for the contract: every action is a signed webhook. */
final class TwilioDriver implements TelephonyDriver {

  private final TwilioRig rig;
  private final ManualClock clock;
  private final ManualScheduler scheduler;

  TwilioDriver(TwilioRig rig, ManualClock clock, ManualScheduler scheduler) {
    this.rig = rig;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  @Override
  public CallId placeCall(String from, String to) {
    return new CallId(TwilioNetwork.NETWORK, rig.twilio.placeCall(from, to));
  }

  @Override
  public void pressKeys(CallId call, String keys) {
    rig.twilio.press(call.localId(), keys);
  }

  @Override
  public void hangUp(CallId call) {
    rig.twilio.hangUp(call.localId());
  }

  @Override
  public List<String> heard(CallId call) {
    return rig.twilio.heard(call.localId());
  }

  @Override
  public CallerLine line(CallId call) {
    return switch (rig.twilio.line(call.localId())) {
      case RINGING -> CallerLine.RINGING;
      case IVR -> CallerLine.IVR;
      case WAITING -> CallerLine.WAITING;
      case CONFERENCE -> CallerLine.WITH_AGENT;
      case HELD -> CallerLine.ON_HOLD;
      case ENDED -> CallerLine.ENDED;
    };
  }

  /** Moves the clock; Twilio's gathers time out and Cityline's check-backs run, in time order. */
  @Override
  public void elapse(Duration silence) {
    settle();
    Instant target = clock.instant().plus(silence);
    while (true) {
      Optional<Instant> next = rig.twilio.nextDeadline();
      if (next.isEmpty() || next.get().isAfter(target)) {
        break;
      }
      scheduler.advance(Duration.between(clock.instant(), next.get()));
      settle();
      rig.twilio.fireDue();
      settle();
    }
    scheduler.advance(Duration.between(clock.instant(), target));
    settle();
  }

  @Override
  public void settle() {
    rig.settle();
  }

  @Override
  public CallControl callControl() {
    return rig.network;
  }

  @Override
  public String deskPhone(String username) {
    return "client:" + username;
  }

  @Override
  public void deskPhoneDoesNotAnswer(String username) {
    rig.twilio.doesNotAnswer(deskPhone(username));
  }

  @Override
  public void close() {
    rig.close();
  }
}
