package org.cityline.telephony.asterisk.fake;

import java.nio.charset.StandardCharsets;

/**
 * The {@code agi_*} environment Asterisk sends at the start of a FastAGI session: the captured
 * block of {@code agi_inbound_ivr_queue.txt}, byte for byte, with the call's own values put in.
 */
public final class AgiEnvironment {

  private static final String CAPTURED = captured();

  private AgiEnvironment() {}

  /** The environment for a caller's channel running {@code AGI(agi://127.0.0.1:port/cityline)}. */
  static String forCall(FakeChannel channel, String from, String to, int port) {
    String callerId = from.equals("anonymous") ? "anonymous" : from.replace("+1", "");
    return CAPTURED
        .replace("agi_network_script: ivr\n", "agi_network_script: cityline\n")
        .replace("agi://127.0.0.1:4573/ivr\n", "agi://127.0.0.1:" + port + "/cityline\n")
        .replace("PJSIP/customer-00000006\n", channel.name + "\n")
        .replace("agi_uniqueid: 1795389459.6\n", "agi_uniqueid: " + channel.uniqueId + "\n")
        .replace("agi_callerid: customer\n", "agi_callerid: " + callerId + "\n")
        .replace("agi_dnid: 100\n", "agi_dnid: " + to.replace("+", "") + "\n");
  }

  /** The captured environment block, ending with its empty line. */
  public static String captured() {
    StringBuilder out = new StringBuilder();
    for (Transcript.Chunk chunk : Transcript.load("agi_inbound_ivr_queue.txt").chunks()) {
      if (chunk.direction() == Transcript.Direction.CLIENT) {
        break;
      }
      out.append(new String(chunk.bytes(), StandardCharsets.ISO_8859_1));
    }
    return out.toString();
  }
}
