package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.TemporaryLeads;
import org.cityline.desktop.ui.Formats;
import org.cityline.desktop.ui.Notices;

/**
 * Makes a specialist temporary lead until the end of their shift (a time later today), or revokes
 * it. Only for supervisors (a lead cannot make another lead). Every grant and revocation is
 * audited.
 */
public class LeadsPanel extends Div {

  private final DesktopServices services;
  private final StaffUser supervisor;
  private final Select<String> specialist = new Select<>();
  private final TimePicker until = new TimePicker("Until (end of shift)");
  private final Div current = new Div();

  public LeadsPanel(DesktopServices services, StaffUser supervisor) {
    this.services = services;
    this.supervisor = supervisor;
    setId("leads-panel");
    addClassName("leads-panel");
    specialist.setLabel("Specialist");
    specialist.setId("lead-specialist");
    specialist.setItems(
        services.staff().all().stream()
            .filter(StaffMember::active)
            .filter(member -> member.role() == Role.SPECIALIST)
            .map(StaffMember::username)
            .toList());
    until.setId("lead-until");
    Button grant = new Button("Make lead", click -> grant());
    grant.setId("lead-grant");
    current.setId("lead-list");
    add(new H3("Temporary leads"), specialist, until, grant, current);
    redraw();
  }

  void grant() {
    Optional<String> problem = problem();
    if (problem.isPresent()) {
      Notices.refused(problem.get());
      return;
    }
    ZonedDateTime end =
        ZonedDateTime.of(
            services.clock().instant().atZone(services.clock().getZone()).toLocalDate(),
            until.getValue(),
            services.clock().getZone());
    services.console().leads().grant(specialist.getValue(), supervisor.username(), end.toInstant());
    audit(specialist.getValue(), "lead-granted", "temporary lead until " + end.toInstant());
    Notices.info(specialist.getValue() + " is lead until " + until.getValue() + ".");
    redraw();
  }

  private Optional<String> problem() {
    if (specialist.getValue() == null) {
      return Optional.of("Choose a specialist to make lead.");
    }
    if (until.getValue() == null) {
      return Optional.of("Enter the end of the specialist's shift (a time later today).");
    }
    LocalTime now = services.clock().instant().atZone(services.clock().getZone()).toLocalTime();
    if (!until.getValue().isAfter(now)) {
      return Optional.of("The end of the shift must be later today.");
    }
    return Optional.empty();
  }

  void revoke(String username) {
    if (services.console().leads().revoke(username)) {
      audit(username, "lead-revoked", "temporary lead revoked");
    }
    redraw();
  }

  private void redraw() {
    current.removeAll();
    for (TemporaryLeads.Lead lead : services.console().leads().current()) {
      Span text =
          new Span(
              lead.username()
                  + " until "
                  + Formats.time(lead.until(), services.clock().getZone())
                  + " (by "
                  + lead.grantedBy()
                  + ")");
      Button revoke = new Button("Revoke", click -> revoke(lead.username()));
      revoke.setId("lead-revoke-" + lead.username());
      Div row = new Div(text, revoke);
      row.setId("lead-" + lead.username());
      current.add(row);
    }
  }

  private void audit(String specialistName, String action, String detail) {
    Instant now = services.clock().instant();
    services
        .audit()
        .record(
            new AuditEntry(
                now,
                supervisor.username(),
                Optional.empty(),
                Optional.empty(),
                action,
                specialistName + ": " + detail));
  }
}
