package org.cityline.telephony.asterisk.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.InvalidCommandSyntaxException;
import org.asteriskjava.fastagi.InvalidOrUnknownCommandException;
import org.asteriskjava.fastagi.command.AbstractAgiCommand;
import org.cityline.telephony.asterisk.fake.AgiReplay;
import org.cityline.telephony.asterisk.fake.Transcript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The captured FastAGI sessions, replayed byte for byte by the fake PBX against Cityline's FastAGI
 * server (Asterisk-Java on virtual threads) running a script that sends what the capture's client
 * sent: every reply, error and hang-up must reach the script as Asterisk meant it.
 */
class AgiTranscriptReplayTest {

  private final List<String> seen = new CopyOnWriteArrayList<>();
  private FastAgiGateway gateway;
  private int port;

  @BeforeEach
  void start() throws Exception {
    port = org.cityline.telephony.asterisk.AsteriskTestPorts.free();
    gateway =
        new FastAgiGateway(
            "127.0.0.1", port, List.of("127.0.0.1"), Map.of("ivr", new CaptureScript()));
    gateway.start();
  }

  @AfterEach
  void stop() {
    gateway.stop();
  }

  @Test
  void aWholeIvrSessionReachesTheScriptAsAsteriskAnsweredIt() throws Exception {
    AgiReplay.Outcome outcome = AgiReplay.run(Transcript.load("agi_inbound_ivr_queue.txt"), port);

    assertThat(outcome.mismatches()).isEmpty();
    assertThat(outcome.commands()).hasSize(15);
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("end"));
    assertThat(seen)
        .containsExactly(
            "request ivr PJSIP/customer-00000006 1795389459.6 en customer 100",
            "510 FOOBAR",
            "520 null It sets the following channel variables upon completion",
            "stream 0",
            "data 1234",
            "said",
            "variable 1234",
            "full customer-PJSIP/customer-00000006",
            "status 6",
            "queue -1",
            "queue status null", // result=0: QUEUESTATUS not set
            "end");
    assertThat(outcome.extra()).containsExactly("SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"");
  }

  @Test
  void aCallerHangingUpShowsAsMinusOneThenHangupAnd511() throws Exception {
    AgiReplay.Outcome outcome =
        AgiReplay.run(Transcript.load("agi_caller_hangup_with_args.txt"), port);

    assertThat(outcome.mismatches()).isEmpty();
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("end"));
    assertThat(seen)
        .contains(
            "arguments [alpha, 42] mode=test",
            "data -1",
            "hangup at SAY DIGITS",
            "hangup at CHANNEL STATUS",
            "hangup at STREAM FILE",
            "full customer-PJSIP/customer-0000000d");
  }

  /** Sends what the capturing client sent, noting what came back. */
  private final class CaptureScript implements AgiScript {
    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
      seen.add(
          String.join(
              " ",
              "request",
              request.getScript(),
              request.getChannel(),
              request.getUniqueId(),
              request.getLanguage(),
              request.getCallerIdNumber(),
              request.getDnid()));
      if (request.getArguments().length > 0) {
        seen.add(
            "arguments "
                + List.of(request.getArguments())
                + " mode="
                + request.getParameter("mode"));
      }
      channel.answer();
      channel.sendCommand(raw("NOOP capture-test"));
      try {
        channel.sendCommand(raw("FOOBAR"));
      } catch (InvalidOrUnknownCommandException e) {
        seen.add("510 FOOBAR");
      }
      try {
        channel.sendCommand(raw("STREAM FILE"));
      } catch (InvalidCommandSyntaxException e) {
        // Asterisk 22's usage has no "Usage:" line: Asterisk-Java finds no synopsis, the rest is
        // usage.
        seen.add("520 " + e.getSynopsis() + " " + e.getUsage().split(":")[0]);
      }
      seen.add("stream " + (int) channel.streamFile("custom/welcome", "#"));
      String data = channel.getData("custom/enter-account", 8000, 4);
      seen.add("data " + data);
      attempt("SAY DIGITS", () -> channel.sayDigits("1234"), "said");
      channel.setVariable("ACCOUNT", data);
      seen.add("variable " + channel.getVariable("ACCOUNT"));
      seen.add("full " + channel.getFullVariable("${CALLERID(num)}-${CHANNEL}"));
      attempt("CHANNEL STATUS", () -> seen.add("status " + channel.getChannelStatus()), null);
      seen.add("queue " + channel.exec("Queue", "support,t,,,45"));
      seen.add("queue status " + channel.getVariable("QUEUESTATUS"));
      attempt("STREAM FILE", () -> channel.streamFile("custom/thank-you"), null);
      channel.verbose("IVR done for account " + data, 1);
      seen.add("end");
    }

    private void attempt(String what, AgiAction action, String note) throws AgiException {
      try {
        action.run();
        if (note != null) {
          seen.add(note);
        }
      } catch (AgiHangupException e) {
        seen.add("hangup at " + what);
      }
    }
  }

  @FunctionalInterface
  private interface AgiAction {
    void run() throws AgiException;
  }

  private static AbstractAgiCommand raw(String line) {
    return new AbstractAgiCommand() {
      private static final long serialVersionUID = 1L;

      @Override
      public String buildCommand() {
        return line;
      }
    };
  }
}
