package org.cityline.desktop.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityline.common.Language;
import org.cityline.desktop.AnnouncementDesk;
import org.cityline.desktop.ConsoleServices;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.ui.DesktopViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnouncementViewTest extends DesktopViewTest {

  private record Published(Map<Language, String> text, Instant start, Instant end, String by) {}

  private final List<Published> published = new ArrayList<>();

  @BeforeEach
  void aRecordingDesk() {
    AnnouncementDesk desk =
        (text, start, end, by) -> {
          published.add(new Published(text, start, end, by));
          return new AnnouncementDesk.Outcome.Published("a-1");
        };
    VaadinService.getCurrent()
        .getContext()
        .setAttribute(
            DesktopServices.class,
            fixture.services.withConsole(
                ConsoleServices.defaults(fixture.clock).withAnnouncements(desk)));
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(fixture.clock.instant(), fixture.clock.getZone());
  }

  private void fill(String english, String spanish, LocalDateTime start, LocalDateTime end) {
    find(TextArea.class).id("announcement-en").setValue(english);
    find(TextArea.class).id("announcement-es").setValue(spanish);
    find(DateTimePicker.class).id("announcement-start").setValue(start);
    find(DateTimePicker.class).id("announcement-end").setValue(end);
    test(find(Button.class).id("announcement-publish")).click();
    said.addAll(notifications());
  }

  private final List<String> said = new ArrayList<>();

  @Test
  void aRepresentativeCannotOpenIt() {
    signedInAs("rep");

    navigate("announcement", AgentView.class);

    assertThat(notifications()).contains("Announcements are for supervisors.");
  }

  @Test
  void aSupervisorPublishesBothLanguagesForTheWindow() {
    signedInAs("sup");
    navigate(AnnouncementView.class);

    fill("Gas leak on Elm Street.", "Fuga de gas en la calle Elm.", now(), now().plusHours(2));

    assertThat(published).hasSize(1);
    Published p = published.getFirst();
    assertThat(p.text())
        .containsEntry(Language.ENGLISH, "Gas leak on Elm Street.")
        .containsEntry(Language.SPANISH, "Fuga de gas en la calle Elm.");
    assertThat(p.end()).isEqualTo(p.start().plusSeconds(7200));
    assertThat(p.by()).isEqualTo("sup");
    assertThat(textOf("announcement-published")).startsWith("Published");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndNothingIsPublished() {
    signedInAs("sup");
    navigate(AnnouncementView.class);
    String ok = "Storm outage in the north.";
    fill("", "Texto.", now(), now().plusHours(1));
    fill(ok, "", now(), now().plusHours(1));
    fill(ok, "x".repeat(401), now(), now().plusHours(1));
    fill("<script>alert(1)</script>", "Texto.", now(), now().plusHours(1));
    fill(ok, "Texto.", null, now().plusHours(1));
    fill(ok, "Texto.", now(), now().minusHours(1));
    fill(ok, "Texto.", now().minusHours(3), now().minusHours(1));
    fill(ok, "Texto.", now(), now().plusDays(8));

    assertThat(published).isEmpty();
    assertThat(said)
        .contains(
            "The English text is empty.",
            "The Spanish text is empty.",
            "The English text cannot contain HTML tags such as <script>; write plain text.",
            "Enter when the announcement starts and ends.",
            "The end must be after the start.",
            "The end must be in the future.",
            "An announcement lasts at most 7 days.")
        .anyMatch(n -> n.startsWith("The Spanish text is too long"));
  }

  @Test
  void withoutAnIvrTheDeskRefusesClearly() {
    VaadinService.getCurrent().getContext().setAttribute(DesktopServices.class, fixture.services);
    signedInAs("sup");
    navigate(AnnouncementView.class);

    fill("Outage.", "Apagón.", now(), now().plusHours(1));

    assertThat(notifications())
        .contains("Announcements are not connected to the IVR on this node.");
  }
}
