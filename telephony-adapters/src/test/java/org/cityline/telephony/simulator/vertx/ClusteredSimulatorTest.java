package org.cityline.telephony.simulator.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.call.MonitorMode;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedCall;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.testing.ScriptedIvr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own simulator, clustered over a real two-member Hazelcast cluster: the
 * node where an agent works controls a call placed on the other node.
 */
class ClusteredSimulatorTest {

  static HazelcastTestCluster cluster;
  static Vertx nodeA;
  static Vertx nodeB;
  static final ManualClock clock = new ManualClock();
  static SimulatedNetwork phonesA;
  static SimulatedNetwork phonesB;
  static ClusteredSimulator controlA;
  static ClusteredSimulator controlB;

  @BeforeAll
  static void twoNodes() throws Exception {
    cluster =
        HazelcastTestCluster.start(
            2,
            2,
            config ->
                config
                    .getMemberAttributeConfig()
                    .setAttribute("__vertx.nodeId", UUID.randomUUID().toString()));
    nodeA = clustered(cluster.member(0));
    nodeB = clustered(cluster.member(1));
    phonesA = waitingCaller();
    phonesB = waitingCaller();
    controlA = ClusteredSimulator.serve(nodeA, phonesA);
    controlB = ClusteredSimulator.serve(nodeB, phonesB);
  }

  @AfterAll
  static void stop() throws Exception {
    controlA.close();
    controlB.close();
    done(nodeA.close());
    done(nodeB.close());
    phonesA.close();
    phonesB.close();
    cluster.close();
  }

  @Test
  void anAgentOnOneNodeTakesHoldsResumesAndHangsUpACallPlacedOnTheOther() {
    CallId call = placeWaitingCall(phonesA);

    controlB.connectAgent(call, "sim:agent");
    phonesA.awaitIdle(Duration.ofSeconds(5));
    assertThat(phonesA.call(call).orElseThrow().state()).isEqualTo(SimulatedCall.State.CONNECTED);

    controlB.hold(call);
    assertThat(phonesA.call(call).orElseThrow().state()).isEqualTo(SimulatedCall.State.ON_HOLD);
    controlB.resume(call);
    controlB.hangup(call);
    phonesA.awaitIdle(Duration.ofSeconds(5));
    assertThat(phonesA.call(call).orElseThrow().state()).isEqualTo(SimulatedCall.State.ENDED);
  }

  @Test
  void aRefusalOnTheOtherNodeComesBackAsARefusalNamingTheCall() {
    CallId call = placeWaitingCall(phonesA);

    assertThatThrownBy(() -> controlB.hold(call))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining(call.toString())
        .hasMessageContaining("hold refused");
    controlB.hangup(call);
  }

  @Test
  void aCallOfANodeThatIsGoneFailsClearly() {
    CallId call = new CallId("sim", "gone42-7");

    assertThatThrownBy(() -> controlA.hold(call))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("sim/gone42-7")
        .hasMessageContaining("gone");
  }

  @Test
  void callsOfThisNodeAreControlledHere() {
    CallId call = placeWaitingCall(phonesB);

    controlB.connectAgent(call, "sim:agent");
    phonesB.awaitIdle(Duration.ofSeconds(5));

    assertThat(phonesB.call(call).orElseThrow().state()).isEqualTo(SimulatedCall.State.CONNECTED);
    controlB.hangup(call);
  }

  @Test
  void aCallbackIsPlacedOnThisNodesSimulatorAndAnotherNodeConnectsItsAgent() {
    CallId callback =
        controlB.originate(
            PhoneNumber.of("+15055550102"), PhoneNumber.of("+15055550100"), Language.SPANISH);
    phonesB.awaitIdle(Duration.ofSeconds(5));

    assertThat(phonesB.owns(callback)).as("placed where it was asked for").isTrue();
    assertThat(phonesB.call(callback).orElseThrow().to()).isEqualTo(PhoneNumber.of("+15055550102"));

    controlA.connectAgent(callback, "sim:agent");
    phonesB.awaitIdle(Duration.ofSeconds(5));
    assertThat(phonesB.call(callback).orElseThrow().state())
        .isEqualTo(SimulatedCall.State.CONNECTED);
    controlA.hangup(callback);
  }

  @Test
  void aSecondAgentJoinsAndLeavesACallCarriedByTheOtherNode() {
    CallId call = placeWaitingCall(phonesA);
    controlB.connectAgent(call, "sim:agent");
    phonesA.awaitIdle(Duration.ofSeconds(5));

    controlB.addAgent(call, "sim:specialist");
    phonesA.awaitIdle(Duration.ofSeconds(5));
    assertThat(phonesA.call(call).orElseThrow().transcript())
        .extracting(SimulatedCall.Line::text)
        .anySatisfy(line -> assertThat(line).contains("specialist"));
    controlB.hold(call);
    controlB.conference(call, "sim:agent", "sim:specialist");
    assertThat(phonesA.call(call).orElseThrow().transcript())
        .extracting(SimulatedCall.Line::text)
        .contains("[conference: the caller, agent and specialist]");
    assertThatThrownBy(() -> controlB.conference(call, "sim:agent", "sim:specialist"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("conference refused");
    controlB.dropAgent(call, "sim:specialist");
    assertThatThrownBy(() -> controlB.dropAgent(call, "sim:specialist"))
        .as("refused on the carrying node, and the refusal comes back")
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("drop-agent refused");
    controlB.hangup(call);
  }

  @Test
  void aSupervisorOnOneNodeListensInOnACallCarriedByTheOther() {
    CallId call = placeWaitingCall(phonesA);
    assertThatThrownBy(
            () -> controlB.monitor(call, "sim:agent", "sim:supervisor", MonitorMode.LISTEN))
        .as("nobody talks on it yet: refused on the carrying node, and the refusal comes back")
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("monitor refused");
    controlB.connectAgent(call, "sim:agent");
    phonesA.awaitIdle(Duration.ofSeconds(5));

    controlB.monitor(call, "sim:agent", "sim:supervisor", MonitorMode.WHISPER);

    assertThat(phonesA.call(call).orElseThrow().transcript())
        .extracting(SimulatedCall.Line::text)
        .contains("[supervisor whispers to agent]");
    controlB.hangup(call);
  }

  private static CallId placeWaitingCall(SimulatedNetwork phones) {
    CallerResult placed =
        phones.placeCall(
            Optional.of(PhoneNumber.of("+15055550101")),
            PhoneNumber.of("+15055550100"),
            Language.ENGLISH);
    CallId call = ((CallerResult.Placed) placed).call();
    phones.awaitIdle(Duration.ofSeconds(5));
    return call;
  }

  /** A simulator whose IVR puts every caller straight in the queue. */
  private static SimulatedNetwork waitingCaller() {
    SimulatedNetwork phones = new SimulatedNetwork(clock, new ManualScheduler(clock));
    phones.attach(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(new CallCommand.Answer(), new CallCommand.WaitForAgent(ScriptedIvr.HOLD))
                : List.of());
    return phones;
  }

  private static Vertx clustered(HazelcastInstance member) throws Exception {
    VertxOptions options =
        new VertxOptions()
            .setEventBusOptions(new EventBusOptions().setHost("127.0.0.1").setPort(0));
    return done(
        Vertx.builder()
            .with(options)
            .withClusterManager(new HazelcastClusterManager(member))
            .buildClustered());
  }

  private static <T> T done(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
