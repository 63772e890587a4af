package org.cityline.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.telephony.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * Card digits keyed on a PBX reach the IVR and nothing else: no log line at any level (Cityline's
 * or Asterisk-Java's), no AMI action, and the recording is muted while they are keyed.
 */
class AsteriskMaskedDigitsTest {

  private static final String CARD = "4111111111111111";

  @Test
  void cardDigitsAreNeverLoggedAndTheRecordingIsMutedWhileKeyed() {
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.classic.Level before = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.TRACE); // Asterisk-Java's loggers too
    try (AsteriskScene scene = new AsteriskScene();
        LogCapture log = new LogCapture()) {
      CallId call = scene.dial();
      scene.press(call, "9");

      scene.press(call, CARD + "#");

      assertThat(scene.ivr.events(call))
          .filteredOn(CallEvent.DigitsEntered.class::isInstance)
          .extracting(e -> ((CallEvent.DigitsEntered) e).digits())
          .containsExactly("9", CARD);
      assertThat(log.text()).doesNotContain(CARD).doesNotContain("41111111");
      assertThat(scene.rig.ami.actions().toString()).doesNotContain("41111111");
      assertThat(
              scene.rig.ami.actions().stream()
                  .filter(a -> a.is("MixMonitorMute"))
                  .map(a -> a.get("State").orElse("?"))
                  .toList())
          .containsExactly("1", "0");
      assertThat(log.text()).contains("Dispatching response"); // Asterisk-Java debug captured
    } finally {
      root.setLevel(before);
    }
  }
}
