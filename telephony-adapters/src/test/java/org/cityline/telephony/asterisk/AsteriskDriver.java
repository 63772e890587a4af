package org.cityline.telephony.asterisk;

import java.time.Duration;
import java.util.List;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.contract.CallerLine;
import org.cityline.telephony.contract.TelephonyDriver;

/** Plays the caller on the fake PBX in front of the Asterisk adapter, for the contract. */
final class AsteriskDriver implements TelephonyDriver {

  private final AsteriskRig rig;
  private final ManualScheduler scheduler;

  AsteriskDriver(AsteriskRig rig, ManualScheduler scheduler) {
    this.rig = rig;
    this.scheduler = scheduler;
  }

  @Override
  public CallId placeCall(String from, String to) {
    return new CallId(AsteriskNetwork.NETWORK, rig.pbx.placeCall(from, to));
  }

  @Override
  public void pressKeys(CallId call, String keys) {
    rig.pbx.press(call.localId(), keys);
  }

  @Override
  public void hangUp(CallId call) {
    rig.pbx.callerHangsUp(call.localId());
  }

  @Override
  public List<String> heard(CallId call) {
    return rig.pbx.heard(call.localId());
  }

  @Override
  public CallerLine line(CallId call) {
    String id = call.localId();
    return switch (rig.pbx.state(id)) {
      case RINGING -> CallerLine.RINGING;
      case AGI ->
          !rig.pbx.answered(id)
              ? CallerLine.RINGING
              : rig.pbx.music(id) ? CallerLine.WAITING : CallerLine.IVR;
      case BRIDGED, CONFERENCE -> CallerLine.WITH_AGENT;
      case HELD -> CallerLine.ON_HOLD;
      case CALLBACK_WAITING, PARKED, ELSEWHERE -> CallerLine.WAITING;
      case GONE -> CallerLine.ENDED;
    };
  }

  @Override
  public void elapse(Duration silence) {
    settle();
    scheduler.advance(silence);
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
    return "PJSIP/" + username;
  }

  @Override
  public void deskPhoneDoesNotAnswer(String username) {
    rig.pbx.deskPhoneDoesNotAnswer(deskPhone(username));
  }

  @Override
  public void close() {
    rig.close();
  }
}
