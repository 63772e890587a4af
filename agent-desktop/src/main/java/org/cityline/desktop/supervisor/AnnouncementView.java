package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.desktop.AnnouncementDesk;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.ui.Access;
import org.cityline.desktop.ui.DesktopLayout;
import org.cityline.desktop.ui.DesktopRoutes;
import org.cityline.desktop.ui.Notices;

/**
 * The supervisor's emergency announcement: what every caller hears first, in English and Spanish,
 * from a start to an end time (in the city's zone). It goes to the IVR's store, which every node
 * reads.
 */
@Route(value = DesktopRoutes.ANNOUNCEMENT, layout = DesktopLayout.class)
@PageTitle("Announcement · Cityline")
public class AnnouncementView extends Div implements BeforeEnterObserver {

  private final DesktopServices services;
  private final TextArea english = new TextArea("English");
  private final TextArea spanish = new TextArea("Spanish");
  private final DateTimePicker start = new DateTimePicker("Starts");
  private final DateTimePicker end = new DateTimePicker("Ends");
  private final Paragraph published = new Paragraph();
  private StaffUser user;

  public AnnouncementView(DesktopServices services) {
    this.services = services;
    addClassName("announcement-view");
    english.setId("announcement-en");
    english.setWidth("40em");
    spanish.setWidth("40em");
    english.setMinHeight("6em");
    spanish.setMinHeight("6em");
    spanish.setId("announcement-es");
    english.setMaxLength(AnnouncementForm.MAX_TEXT + 100);
    spanish.setMaxLength(AnnouncementForm.MAX_TEXT + 100);
    start.setId("announcement-start");
    start.setLocale(java.util.Locale.US);
    end.setLocale(java.util.Locale.US);
    end.setId("announcement-end");
    published.setId("announcement-published");
    Button publish = new Button("Publish to the IVR", click -> publish());
    publish.setId("announcement-publish");
    add(
        new H2("Emergency announcement"),
        new Paragraph("Every caller hears this first, in both languages, between the two times."),
        new Div(english),
        new Div(spanish),
        new Div(start, end, publish),
        published);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Access.gate(event, StaffUser::maySupervise, "Announcements are for supervisors.")
        .ifPresent(u -> user = u);
  }

  void publish() {
    Map<Language, String> texts = AnnouncementForm.texts(english.getValue(), spanish.getValue());
    Instant from = instant(start.getValue());
    Instant to = instant(end.getValue());
    Optional<String> problem =
        AnnouncementForm.problem(texts, from, to, services.clock().instant());
    if (problem.isPresent()) {
      Notices.refused(problem.get());
      return;
    }
    switch (services.console().announcements().publish(texts, from, to, user.username())) {
      case AnnouncementDesk.Outcome.Published ok -> {
        published.setText(
            "Published: callers hear it from " + start.getValue() + " to " + end.getValue() + ".");
        Notices.info("The announcement is published.");
      }
      case AnnouncementDesk.Outcome.Refused refused -> Notices.refused(refused.reason());
    }
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(services.clock().getZone()).toInstant();
  }
}
