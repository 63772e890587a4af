package org.cityline.telephony.asterisk;

import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.ScriptedIvr;

/**
 * The Asterisk adapter with the fake PBX in front and the scripted IVR and fake routing behind, as
 * in the contract, for tests beyond it.
 */
final class AsteriskScene implements AutoCloseable {

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final FakeRouting routing = new FakeRouting(clock);
  final ScriptedIvr ivr = new ScriptedIvr(routing, clock);
  final AsteriskRig rig;
  final AsteriskDriver phone;

  AsteriskScene() {
    rig = new AsteriskRig(new CallDirector(ivr, routing), clock, scheduler);
    phone = new AsteriskDriver(rig, scheduler);
    routing.useTelephony(rig.network, agent -> "PJSIP/" + agent.value());
  }

  CallId dial() {
    CallId call = phone.placeCall("+15055550123", "+15055550100");
    phone.settle();
    return call;
  }

  void press(CallId call, String keys) {
    phone.pressKeys(call, keys);
    phone.settle();
  }

  @Override
  public void close() {
    rig.close();
  }
}
