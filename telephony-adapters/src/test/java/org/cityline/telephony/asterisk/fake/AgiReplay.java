package org.cityline.telephony.asterisk.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PBX side of a captured FastAGI session, replayed against a FastAGI server: it sends what
 * Asterisk sent, byte for byte and in the captured chunks, each time the script has sent the
 * command the capture shows next (compared word by word: Asterisk-Java quotes arguments the
 * capture's client did not). Commands after the capture's end are answered {@code 200 result=1}.
 */
public final class AgiReplay {

  /** What the script sent: every command line, and those that differ from the capture. */
  public record Outcome(List<String> commands, List<String> mismatches, List<String> extra) {}

  private AgiReplay() {}

  public static Outcome run(Transcript transcript, int port) throws IOException {
    List<String> commands = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (Transcript.Chunk chunk : transcript.chunks()) {
        if (chunk.direction() == Transcript.Direction.ASTERISK) {
          out.write(chunk.bytes());
          out.flush();
          continue;
        }
        String expected = chunk.text().stripTrailing();
        String line = LfLines.read(in);
        if (line == null) {
          mismatches.add("expected '" + expected + "' but the script closed the connection");
          return new Outcome(commands, mismatches, extra);
        }
        commands.add(line);
        if (!AgiCommands.words(line).equals(AgiCommands.words(expected))) {
          mismatches.add("expected '" + expected + "' but got '" + line + "'");
        }
      }
      String line;
      while ((line = LfLines.read(in)) != null) {
        extra.add(line);
        out.write("200 result=1\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
    }
    return new Outcome(commands, mismatches, extra);
  }
}
