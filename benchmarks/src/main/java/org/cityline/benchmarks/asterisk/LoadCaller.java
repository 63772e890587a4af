package org.cityline.benchmarks.asterisk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cityline.telephony.asterisk.fake.AgiEnvironment;

/**
 * One caller's FastAGI session, played by the harness as Asterisk would: it sends the captured
 * environment, answers every command at once ({@code GET DATA} with a key after the caller's think
 * time) and times Cityline's turnaround, from a reply written to the next command read: while the
 * sessions are still being opened (a storm of connections no PBX sends) apart from once every
 * session is open and callers key.
 */
final class LoadCaller implements Runnable {

  private final int port;
  private final int number;
  private final int keys;
  private final long thinkMillis;
  private final boolean spread;
  private final CountDownLatch allIn;
  private final Latencies opening;
  private final Latencies held;
  private final Random random;

  /**
   * @param spread false: every caller keys exactly {@code thinkMillis} after each prompt, so all
   *     sessions key at the same instant (a worst case no real calls produce); true: each think
   *     time is drawn uniformly from 0 to twice {@code thinkMillis} (same mean), as independent
   *     callers do
   */
  LoadCaller(
      int port,
      int number,
      int keys,
      long thinkMillis,
      boolean spread,
      CountDownLatch allIn,
      Latencies opening,
      Latencies held) {
    this.port = port;
    this.number = number;
    this.keys = keys;
    this.thinkMillis = thinkMillis;
    this.spread = spread;
    this.allIn = allIn;
    this.opening = opening;
    this.held = held;
    this.random = new Random(number);
  }

  private long think() {
    return spread ? (long) (random.nextDouble() * 2 * thinkMillis) : thinkMillis;
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
          (counted ? held : opening).add(System.nanoTime() - repliedAt);
        }
        String reply = "200 result=0\n";
        if (line.startsWith("GET DATA")) {
          if (!counted) {
            counted = true;
            allIn.countDown();
            allIn.await(10, TimeUnit.MINUTES); // every session open at once
            if (spread) {
              Thread.sleep(think());
            }
          } else {
            Thread.sleep(think());
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
      held.failed();
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
