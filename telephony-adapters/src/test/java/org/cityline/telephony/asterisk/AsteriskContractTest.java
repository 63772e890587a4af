package org.cityline.telephony.asterisk;

import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.Prompt;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.asterisk.agi.PromptSounds;
import org.cityline.telephony.contract.TelephonyContract;
import org.cityline.telephony.contract.TelephonyDriver;

/**
 * The telephony contract on the Asterisk adapter, in front of the fake PBX: real FastAGI and AMI
 * sockets, Asterisk-Java on Cityline's side. A caller hears sound files and say commands, so a
 * prompt is compared as the sounds it renders to.
 */
class AsteriskContractTest extends TelephonyContract {

  @Override
  protected TelephonyDriver startAdapter(
      CallEventHandler handler, ManualClock clock, ManualScheduler scheduler) {
    return new AsteriskDriver(new AsteriskRig(handler, clock, scheduler), scheduler);
  }

  @Override
  protected String asHeard(Prompt prompt) {
    return PromptSounds.describe(prompt);
  }
}
