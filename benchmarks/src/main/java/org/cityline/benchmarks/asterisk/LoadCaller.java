package org.cityline.benchmarks.asterisk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cityline.telephony.asterisk.fake.AgiEnvironment;

/**
 * One caller's FastAGI session, played by the harness as Asterisk would: it sends the captured
 * environment, answers every command at once ({@code GET DATA} with a key after the caller's think
 * time) and times Cityline's turnaround, from a reply written to the next command read.
 */
final class LoadCaller implements Runnable {

  private final int port;
  private final int number;
  private final int keys;
  private final long thinkMillis;
  private final CountDownLatch allIn;
  private final Latencies latencies;

  LoadCaller(
      int port, int number, int keys, long thinkMillis, CountDownLatch allIn, Latencies latencies) {
    this.port = port;
    this.number = number;
    this.keys = keys;
    this.thinkMillis = thinkMillis;
    this.allIn = allIn;
    this.latencies = latencies;
  }

  @Override
  public void run() {
    String environment =
        AgiEnvironment.captured()
            .replace("agi_network_script: ivr\n", "agi_network_script: cityline\n")
            .replace("agi_uniqueid: 1795389459.6\n", "agi_uniqueid: 1795300000." + number + "\n")
            .replace("customer-00000006", String.format("customer-%08x", number));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(environment.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      long repliedAt = 0;
      int collects = 0;
      boolean counted = false;
      String line;
      while ((line = readLine(in)) != null) {
        if (repliedAt != 0) {
          latencies.add(System.nanoTime() - repliedAt);
        }
        String reply = "200 result=0\n";
        if (line.startsWith("GET DATA")) {
          if (!counted) {
            counted = true;
            allIn.countDown();
            allIn.await(10, TimeUnit.MINUTES); // every session open at once
          } else {
            Thread.sleep(thinkMillis);
          }
          reply = ++collects > keys ? "200 result=-1\n" : "200 result=1\n";
        } else if (collects > keys) {
          reply = "HANGUP\n511 Command Not Permitted on a dead channel or intercept routine\n";
        }
        out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        repliedAt = System.nanoTime();
      }
    } catch (IOException e) {
      latencies.failed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        return line.toString(StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return null;
  }
}
