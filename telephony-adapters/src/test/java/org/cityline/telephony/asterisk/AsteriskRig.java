package org.cityline.telephony.asterisk;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.time.Scheduler;
import org.cityline.telephony.asterisk.ami.ManagerLink;
import org.cityline.telephony.asterisk.fake.FakeAmiServer;
import org.cityline.telephony.asterisk.fake.FakePbx;

/** The Asterisk adapter wired to a fake PBX on loopback, for tests. */
final class AsteriskRig implements AutoCloseable {

  static final String USER = "cityline";
  static final String SECRET = "s3cret-for-tests";

  final FakeAmiServer ami;
  final FakePbx pbx;
  final AsteriskNetwork network;
  final int agiPort;

  AsteriskRig(CallEventHandler handler, Clock clock, Scheduler timers) {
    try {
      this.ami = new FakeAmiServer(USER, SECRET);
      this.agiPort = AsteriskTestPorts.free();
      this.network =
          new AsteriskNetwork(settings(ami.port(), agiPort, List.of("127.0.0.1")), clock);
      this.pbx = new FakePbx(ami, agiPort, timers);
      if (handler != null) {
        network.attach(handler);
      }
      network.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitAmi();
  }

  static AsteriskSettings settings(int amiPort, int agiPort, List<String> allowed) {
    return new AsteriskSettings(
        "127.0.0.1",
        agiPort,
        allowed,
        "127.0.0.1",
        amiPort,
        USER,
        SECRET,
        Duration.ofSeconds(20),
        "PJSIP/{number}@utility-trunk",
        "default",
        PhoneNumber.of("+15055550100"));
  }

  void awaitAmi() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> network.health().ami() == ManagerLink.State.CONNECTED && network.idle());
  }

  /** Waits until the fake PBX and the adapter both stand still. */
  void settle() {
    AtomicLong last = new AtomicLong(-1);
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> {
              long now = pbx.activity();
              boolean still = pbx.quiet() && network.idle() && now == last.get();
              last.set(now);
              return still && pbx.quiet() && network.idle();
            });
  }

  @Override
  public void close() {
    network.close();
    pbx.close();
    ami.close();
  }
}
