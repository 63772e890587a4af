package org.cityline.telephony.simulator.http;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.routing.AgentId;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.ScriptedIvr;

/**
 * The test phone on its own, behind the scripted IVR and the fake routing core, for working on the
 * page without the whole application: {@code java ... PhoneDemo [port]}, then open {@code
 * http://localhost:<port>/phone}. It places one call first (keyed into the queue and connected to
 * "alice") and prints its page address.
 */
public final class PhoneDemo {

  private PhoneDemo() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
    Clock clock = Clock.systemUTC();
    FakeRouting routing = new FakeRouting(clock);
    SimulatedNetwork network = new SimulatedNetwork(clock, new ExecutorScheduler("sim-timers"));
    network.attach(new CallDirector(new ScriptedIvr(routing, clock), routing));
    routing.useTelephony(network, agent -> SimulatedNetwork.DESK_PHONE_PREFIX + agent.value());
    Vertx vertx = Vertx.vertx();
    vertx
        .createHttpServer()
        .requestHandler(new SimulatorApi(network, PhoneNumber.of("+15055550100")).router(vertx))
        .listen(port)
        .await();

    CallId call =
        ((CallerResult.Placed)
                network.placeCall(
                    Optional.of(PhoneNumber.of("+15055550123")),
                    PhoneNumber.of("+15055550100"),
                    Language.ENGLISH))
            .call();
    for (String keys : new String[] {"2", "12345678#", "9", "4111111111111111#", "0"}) {
      network.awaitIdle(java.time.Duration.ofSeconds(5));
      network.pressKeys(call, keys);
    }
    network.awaitIdle(java.time.Duration.ofSeconds(5));
    routing.accept(new AgentId("alice"), routing.contactForCall(call).orElseThrow().id());
    System.out.println("test phone: http://localhost:" + port + "/phone");
    System.out.println(
        "a call in progress: http://localhost:" + port + "/phone?call=" + call.localId());
  }
}
