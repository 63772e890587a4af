package org.cityline.telephony.asterisk.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.cityline.telephony.asterisk.fake.FakeAmiServer;
import org.cityline.telephony.asterisk.fake.Transcript;
import org.cityline.telephony.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Captured AMI event streams sent byte for byte by the fake AMI server to Cityline's manager link
 * (Asterisk-Java's real reader): every event arrives, in order, also when the bytes come in small
 * pieces; a refused login is reported clearly.
 */
class AmiTranscriptReplayTest {

  private static final Pattern EVENT = Pattern.compile("(?:^|\n)Event: ([A-Za-z]+)\r\n");

  private final List<ManagerEvent> events = new CopyOnWriteArrayList<>();
  private FakeAmiServer ami;
  private ManagerLink link;

  @AfterEach
  void stop() {
    if (link != null) {
      link.close();
    }
    ami.close();
  }

  @ParameterizedTest(name = "{0}, in pieces of {1} bytes")
  @ValueSource(ints = {0, 1, 7, 64})
  void aWholeCallsEventsArriveInOrder(int pieces) throws Exception {
    connect("s3cret");
    List<byte[]> stream = eventsAfterLogin(Transcript.load("ami_inbound_call_events.txt"));
    List<String> sent = eventNames(stream);

    ami.sendRaw(pieces == 0 ? stream : split(stream, pieces));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> received().contains("hangup") && count("hangup") == 3);
    await().atMost(Duration.ofSeconds(10)).until(link::drained);
    Set<String> known = Set.copyOf(received());
    List<String> expected = sent.stream().filter(known::contains).toList();
    List<String> got = received().stream().filter(Set.copyOf(sent)::contains).toList();
    assertThat(got).isEqualTo(expected);
    assertThat(got).hasSizeGreaterThan(180);
    assertThat(
            events.stream()
                .filter(HangupEvent.class::isInstance)
                .map(e -> ((HangupEvent) e).getUniqueId() + " " + ((HangupEvent) e).getCause())
                .toList())
        .containsExactly("1795389469.7 26", "1795389469.8 16", "1795389459.6 16");
  }

  @Test
  void aRefusedLoginIsLoggedWithWhatToCheckAndRetried() throws Exception {
    try (LogCapture log = new LogCapture()) {
      connect("not-the-secret");

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> link.state() == ManagerLink.State.LOGIN_REFUSED);
      assertThat(log.text())
          .contains("refused the AMI login of user 'cityline'")
          .contains("manager.conf")
          .doesNotContain("not-the-secret")
          .doesNotContain("s3cret");
      assertThat(ami.loggedIn()).isZero();
      assertThat(ami.actions().stream().filter(a -> a.is("Login")).count()).isPositive();
    }
  }

  @Test
  void garbageAndTruncatedLinesAreSkippedAndTheNextEventStillArrives() throws Exception {
    connect("s3cret");
    String garbage =
        "this is not AMI\r\n\u0001\u00ff:::\r\n\r\nEvent\r\n\r\nEvent: Hangu\r\nChann\r\n\r\n"
            + "Event: Hangup\r\nUniqueid\r\nCause: sixteen\r\n\r\n";
    String valid =
        "Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/customer-00000009\r\n"
            + "Uniqueid: 1795389459.9\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n";

    ami.sendRaw(
        List.of(
            garbage.getBytes(StandardCharsets.ISO_8859_1),
            valid.getBytes(StandardCharsets.ISO_8859_1)));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                events.stream()
                    .anyMatch(
                        e -> e instanceof HangupEvent h && "1795389459.9".equals(h.getUniqueId())));
    assertThat(link.state()).isEqualTo(ManagerLink.State.CONNECTED);
  }

  private void connect(String secret) throws Exception {
    ami = new FakeAmiServer("cityline", "s3cret");
    link = new ManagerLink("127.0.0.1", ami.port(), "cityline", secret, events::add, () -> {});
    link.start();
    if (secret.equals("s3cret")) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> link.state() == ManagerLink.State.CONNECTED);
      await().atMost(Duration.ofSeconds(10)).until(link::drained);
      events.clear();
    }
  }

  private List<String> received() {
    return events.stream()
        .map(e -> e.getClass().getSimpleName().replaceFirst("Event$", "").toLowerCase(Locale.ROOT))
        .toList();
  }

  private long count(String name) {
    return received().stream().filter(name::equals).count();
  }

  /**
   * The chunks Asterisk sent after answering the capture's login, up to the client's next action.
   */
  static List<byte[]> eventsAfterLogin(Transcript transcript) {
    List<byte[]> chunks = new ArrayList<>();
    int clientChunks = 0;
    boolean skippedLoginReply = false;
    for (Transcript.Chunk chunk : transcript.chunks()) {
      if (chunk.direction() == Transcript.Direction.CLIENT) {
        if (++clientChunks > 1) {
          break;
        }
        continue;
      }
      if (clientChunks == 1) {
        if (!skippedLoginReply) {
          skippedLoginReply = true;
          continue;
        }
        chunks.add(chunk.bytes());
      }
    }
    return chunks;
  }

  static List<String> eventNames(List<byte[]> chunks) {
    String all =
        chunks.stream()
            .map(c -> new String(c, StandardCharsets.ISO_8859_1))
            .collect(Collectors.joining());
    List<String> names = new ArrayList<>();
    Matcher matcher = EVENT.matcher(all);
    while (matcher.find()) {
      names.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static List<byte[]> split(List<byte[]> chunks, int size) {
    byte[] all = new byte[chunks.stream().mapToInt(c -> c.length).sum()];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, all, at, chunk.length);
      at += chunk.length;
    }
    List<byte[]> pieces = new ArrayList<>();
    for (int i = 0; i < all.length; i += size) {
      pieces.add(Arrays.copyOfRange(all, i, Math.min(all.length, i + size)));
    }
    return pieces;
  }
}
