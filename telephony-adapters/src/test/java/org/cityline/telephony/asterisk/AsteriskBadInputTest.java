package org.cityline.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.asterisk.fake.AgiEnvironment;
import org.cityline.telephony.asterisk.fake.FakeAmiServer;
import org.cityline.telephony.asterisk.fake.Transcript;
import org.cityline.telephony.testing.LogCapture;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.Test;

/**
 * Bad input at the adapter's entry points: a malformed AGI environment, an unknown script path, a
 * PBX outside the allow-list, events for channels Cityline does not handle, bad call-control
 * requests; and no thread left behind when the adapter stops.
 */
class AsteriskBadInputTest {

  @Test
  void aMalformedAgiEnvironmentIsRefusedAndLoggedWithoutACall() throws Exception {
    RecordingHandler core = new RecordingHandler();
    try (LogCapture log = new LogCapture();
        AsteriskRig rig = rig(core)) {
      String environment =
          "agi_network: yes\nagi_network_script: cityline\ngarbage without a colon\n"
              + "agi_channel: PJSIP/customer-00000001\nagi_uniqueid: ../../etc/passwd\n\n";

      List<String> commands = talk(rig.agiPort, environment);

      assertThat(log.text()).contains("has no valid agi_uniqueid ('../../etc/passwd')");
      assertThat(commands).noneMatch(c -> c.startsWith("ANSWER") || c.startsWith("STREAM"));
      assertThat(core.events()).isEmpty();
      assertThat(rig.network.health().liveCalls()).isZero();
    }
  }

  @Test
  void anUnknownScriptPathIsRefusedAndTheDialplanToldSo() throws Exception {
    RecordingHandler core = new RecordingHandler();
    try (LogCapture log = new LogCapture();
        AsteriskRig rig = rig(core)) {
      String environment = AgiEnvironment.captured(); // script path "ivr", not "cityline"

      List<String> commands = talk(rig.agiPort, environment);

      assertThat(log.text()).contains("No script configured for URL 'agi://127.0.0.1:4573/ivr'");
      assertThat(commands).contains("SET VARIABLE \"AJ_AGISTATUS\" \"NOT_FOUND\"");
      assertThat(core.events()).isEmpty();
    }
  }

  @Test
  void aPeerOutsideTheAllowListIsRefusedBeforeAnythingIsRead() throws Exception {
    RecordingHandler core = new RecordingHandler();
    try (LogCapture log = new LogCapture();
        FakeAmiServer ami = new FakeAmiServer(AsteriskRig.USER, AsteriskRig.SECRET)) {
      int port = AsteriskTestPorts.free();
      AsteriskNetwork network =
          new AsteriskNetwork(
              AsteriskRig.settings(ami.port(), port, List.of("192.0.2.10")), new ManualClock());
      network.attach(core);
      network.start();
      try {
        List<String> commands = talk(port, AgiEnvironment.captured());

        assertThat(commands).isEmpty();
        assertThat(log.text())
            .contains(
                "refused a FastAGI connection from 127.0.0.1: not in asterisk.agi.allowed-pbx");
        assertThat(core.events()).isEmpty();
      } finally {
        network.close();
      }
    }
  }

  @Test
  void eventsForChannelsCitylineDoesNotHandleChangeNothing() throws Exception {
    RecordingHandler core = new RecordingHandler();
    try (LogCapture log = new LogCapture();
        AsteriskRig rig = rig(core)) {
      long before = rig.network.amiEventsReceived();
      Transcript capture = Transcript.load("ami_inbound_call_events.txt");
      rig.ami.sendRaw(
          capture.fromAsterisk().stream().skip(2).map(Transcript.Chunk::bytes).toList());

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> rig.network.amiEventsReceived() - before > 150 && rig.network.idle());
      assertThat(core.events()).isEmpty();
      assertThat(rig.network.health().liveCalls()).isZero();
      assertThat(log.text()).contains("not a Cityline call");
      assertThat(log.lines())
          .filteredOn(line -> line.startsWith("org.cityline") && line.contains("failed"))
          .isEmpty();
    }
  }

  @Test
  void badCallControlRequestsAreRefusedClearlyAndChangeNothing() {
    try (AsteriskScene scene = new AsteriskScene()) {
      CallId call = scene.dial();
      CallControlException notPjsip =
          org.junit.jupiter.api.Assertions.assertThrows(
              CallControlException.class, () -> scene.rig.network.connectAgent(call, "SIP/alice"));
      assertThat(notPjsip).hasMessageContaining("PJSIP/<endpoint>");
      assertThatThrownBy(() -> scene.rig.network.hold(call))
          .isInstanceOf(CallControlException.class)
          .hasMessageContaining("no agent connected");
      assertThatThrownBy(() -> scene.rig.network.hangup(new CallId("asterisk", "1795389459.999")))
          .isInstanceOf(CallControlException.class)
          .hasMessageContaining("no such call");
      assertThatThrownBy(
              () -> scene.rig.network.connectAgent(new CallId("asterisk", "1.2"), "PJSIP/a"))
          .isInstanceOf(CallControlException.class);
      scene.phone.settle();
      assertThat(scene.rig.ami.actions()).noneMatch(a -> a.is("Originate") || a.is("Redirect"));
      assertThat(scene.phone.line(call)).isEqualTo(org.cityline.telephony.contract.CallerLine.IVR);

      scene.phone.hangUp(call);
      scene.phone.settle();
      scene.rig.network.hangup(call); // an ended call: nothing happens
    }
  }

  @Test
  void stoppingTheAdapterLeavesNoThreadBehind() {
    Set<String> before = threadNames();
    try (AsteriskScene scene = new AsteriskScene()) {
      CallId call = scene.dial();
      scene.press(call, "0");
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(threadNames())
                    .filteredOn(
                        name ->
                            (name.startsWith("Asterisk-Java")
                                    // Asterisk-Java's event pump may idle up to a minute after its
                                    // connection closed: AsyncEventPump.stop() queues the poison
                                    // before raising its stop flag, and a pump that takes the
                                    // poison in between polls once more, for 60 s.
                                    && !name.endsWith(":AsyncEventPump"))
                                || name.startsWith("cityline-agi")
                                || name.startsWith("cityline-ami"))
                    .isSubsetOf(before));
  }

  private static Set<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }

  private static AsteriskRig rig(RecordingHandler core) {
    ManualClock clock = new ManualClock();
    return new AsteriskRig(core, clock, new ManualScheduler(clock));
  }

  /** Plays a PBX that sends an environment and answers every command 200, until closed. */
  private static List<String> talk(int port, String environment) throws IOException {
    List<String> commands = new ArrayList<>();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(environment.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException e) {
        return commands; // refused before we could write
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = readByte(in)) >= 0) {
        if (b == '\n') {
          commands.add(line.toString(StandardCharsets.ISO_8859_1));
          line.reset();
          out.write("200 result=1\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        } else {
          line.write(b);
        }
      }
    }
    return commands;
  }

  private static int readByte(InputStream in) {
    try {
      return in.read();
    } catch (IOException e) {
      return -1; // reset by the server
    }
  }
}
