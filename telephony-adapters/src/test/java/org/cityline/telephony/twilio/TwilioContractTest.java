package org.cityline.telephony.twilio;

import org.cityline.common.call.CallEventHandler;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.contract.TelephonyContract;
import org.cityline.telephony.contract.TelephonyDriver;

/**
 * The telephony contract on the Twilio adapter: the fake Twilio posts signed webhooks as the caller
 * and carries out the TwiML; Cityline drives agents through the SDK against the fake's REST API.
 * The caller hears {@code <Say>} texts, so prompts compare as their text, as on the simulator.
 */
class TwilioContractTest extends TelephonyContract {

  @Override
  protected TelephonyDriver startAdapter(
      CallEventHandler handler, ManualClock clock, ManualScheduler scheduler) {
    return new TwilioDriver(new TwilioRig(handler, clock, scheduler), clock, scheduler);
  }
}
