package org.cityline.app.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.cityline.common.call.CallEventHandler;
import org.cityline.telephony.asterisk.AsteriskNetwork;
import org.cityline.telephony.asterisk.AsteriskSettings;

/** Creates and starts the Asterisk adapter when {@code telephony.adapter=asterisk}. */
final class Pbx {

  private Pbx() {}

  static AsteriskNetwork create(AsteriskSettings settings, Clock clock, Shutdown shutdown) {
    return shutdown.onClose(
        "asterisk", new AsteriskNetwork(settings, clock), AsteriskNetwork::close);
  }

  /** Attaches the core and starts listening; AMI logs in in the background. */
  static void start(AsteriskNetwork pbx, CallEventHandler director) {
    pbx.attach(director);
    try {
      pbx.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the Asterisk adapter (check asterisk.agi.address and asterisk.agi.port)",
          e);
    }
  }
}
