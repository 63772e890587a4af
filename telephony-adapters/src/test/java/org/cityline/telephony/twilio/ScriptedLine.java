package org.cityline.telephony.twilio;

import java.time.Duration;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.ScriptedIvr;

/**
 * The Twilio adapter in front of the fake Twilio with the scripted IVR and the fake routing core
 * behind it (agents' devices are {@code client:<username>}), on a manual clock.
 */
final class ScriptedLine implements AutoCloseable {

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final FakeRouting routing = new FakeRouting(clock);
  final ScriptedIvr ivr = new ScriptedIvr(routing, clock);
  final TwilioRig rig;

  ScriptedLine(TwilioSettings settings) {
    rig =
        new TwilioRig(
            new CallDirector(ivr, routing), clock, scheduler, settings, Duration.ofSeconds(2));
    routing.useTelephony(rig.network, agent -> "client:" + agent.value());
  }

  @Override
  public void close() {
    rig.close();
  }
}
