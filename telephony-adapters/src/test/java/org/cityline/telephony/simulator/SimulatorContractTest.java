package org.cityline.telephony.simulator;

import org.cityline.common.call.CallEventHandler;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.contract.TelephonyContract;
import org.cityline.telephony.contract.TelephonyDriver;

/** The telephony contract, on the simulator. */
class SimulatorContractTest extends TelephonyContract {

  @Override
  protected TelephonyDriver startAdapter(
      CallEventHandler handler, ManualClock clock, ManualScheduler scheduler) {
    SimulatedNetwork network = new SimulatedNetwork(clock, scheduler);
    network.attach(handler);
    return new SimulatorDriver(network, scheduler);
  }
}
