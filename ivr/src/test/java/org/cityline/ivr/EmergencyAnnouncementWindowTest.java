package org.cityline.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cityline.common.Language;
import org.cityline.common.testing.ManualClock;
import org.cityline.ivr.announcements.AnnouncementRequest;
import org.cityline.ivr.announcements.AnnouncementResult;
import org.cityline.ivr.announcements.Announcements;
import org.cityline.ivr.testing.DemoAccounts;
import org.cityline.ivr.testing.FakeContactHistory;
import org.cityline.ivr.testing.FakeRoutingService;
import org.cityline.ivr.testing.InMemoryAnnouncementStore;
import org.cityline.ivr.testing.InMemoryIdentificationGuard;
import org.cityline.ivr.testing.InMemorySessionStore;
import org.cityline.ivr.testing.NoAccountChanges;
import org.cityline.ivr.testing.RecordingAuditTrail;
import org.cityline.ivr.testing.TestCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's emergency announcement (set from the desktop's announcement page) is heard first
 * by callers who arrive inside its window, and by nobody before or after.
 */
class EmergencyAnnouncementWindowTest {

  private static final String ENGLISH = "A water main broke on Central Avenue; crews are on site.";
  private static final String SPANISH = "Se rompió una tubería en la avenida Central.";

  private final ManualClock clock = new ManualClock();
  private final InMemorySessionStore sessions =
      new InMemorySessionStore(clock, Duration.ofMinutes(30));
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final Announcements announcements =
      new Announcements(new InMemoryAnnouncementStore(), audit, clock);
  private Ivr ivr;
  private int calls;

  @BeforeEach
  void anIvrReadingTheAnnouncements() {
    NoAccountChanges none = new NoAccountChanges();
    IvrPorts ports =
        new IvrPorts(
            DemoAccounts.all(),
            new FakeRoutingService(),
            new FakeContactHistory(),
            audit,
            none,
            none,
            none,
            none,
            none,
            new InMemoryIdentificationGuard(),
            announcements);
    ivr =
        Ivr.standard(
            org.cityline.ivr.flows.MainFlow.Settings.defaults(),
            org.cityline.ivr.hours.BusinessHours.always(java.time.ZoneOffset.UTC),
            sessions,
            ports,
            clock);
    Instant now = clock.instant();
    AnnouncementResult result =
        announcements.publish(
            new AnnouncementRequest(
                Map.of(Language.ENGLISH, ENGLISH, Language.SPANISH, SPANISH),
                now.plus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(70)),
                "sup"));
    assertThat(result).isInstanceOf(AnnouncementResult.Published.class);
  }

  private String firstHeard() {
    TestCall call = TestCall.from(ivr, clock, "call-" + ++calls, "+15055550177");
    return TestCall.text(call.arrive());
  }

  @Test
  void notBeforeItsStart() {
    assertThat(firstHeard()).doesNotContain(ENGLISH);
  }

  @Test
  void firstOnEveryCallInsideItsWindowInBothLanguages() {
    clock.advance(Duration.ofMinutes(10));

    String heard = firstHeard();

    assertThat(heard).startsWith(ENGLISH).contains(SPANISH);
    clock.advance(Duration.ofMinutes(59));
    assertThat(firstHeard()).startsWith(ENGLISH);
  }

  @Test
  void notAfterItsEnd() {
    clock.advance(Duration.ofMinutes(70));

    assertThat(firstHeard()).doesNotContain(ENGLISH).doesNotContain(SPANISH);
  }
}
