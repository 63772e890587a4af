package org.cityline.desktop.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.supervisor.SupervisorActions;
import org.cityline.desktop.ui.Access;
import org.cityline.desktop.ui.DesktopLayout;
import org.cityline.desktop.ui.DesktopRoutes;
import org.cityline.desktop.ui.Notices;

/**
 * The administrator's staff directory: every member with role, device, skills and lines; a form to
 * add one or change the chosen one, disable or enable them, and reset their password.
 */
@Route(value = DesktopRoutes.ADMIN_USERS, layout = DesktopLayout.class)
@PageTitle("Users · Cityline")
public class UsersView extends Div implements BeforeEnterObserver {

  private final DesktopServices services;
  private final Grid<StaffMember> grid = new Grid<>();
  private final TextField username = field("User name", "staff-username", 32);
  private final TextField displayName = field("Display name", "staff-name", 200);
  private final Select<Role> role = new Select<>();
  private final TextField device = field("Device", "staff-device", 200);
  private final TextField skills = field("Skills (name=level)", "staff-skills", 400);
  private final TextField lines = field("Lines", "staff-lines", 2);
  private final PasswordField password = new PasswordField("Password");
  private StaffEditor editor;

  public UsersView(DesktopServices services) {
    this.services = services;
    addClassName("users-view");
    grid.setId("staff-grid");
    grid.addColumn(StaffMember::username).setHeader("User name");
    grid.addColumn(StaffMember::displayName).setHeader("Name");
    grid.addColumn(StaffMember::role).setHeader("Role");
    grid.addColumn(StaffMember::endpoint).setHeader("Device");
    grid.addColumn(m -> SupervisorActions.skillsText(m.skills())).setHeader("Skills");
    grid.addColumn(StaffMember::voiceCapacity).setHeader("Lines");
    grid.addColumn(m -> m.active() ? "Active" : "Disabled").setHeader("Status");
    grid.setAllRowsVisible(true);
    grid.asSingleSelect().addValueChangeListener(change -> fill(change.getValue()));
    role.setLabel("Role");
    role.setId("staff-role");
    role.setItems(Role.values());
    device.setHelperText("PJSIP/<endpoint>, client:<Twilio identity> or sim:<desk phone>");
    password.setId("staff-password");
    password.setMaxLength(200);
    add(new H2("Users"));
  }

  private static TextField field(String label, String id, int max) {
    TextField field = new TextField(label);
    field.setId(id);
    field.setMaxLength(max);
    return field;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Access.gate(event, StaffUser::mayAdminister, "The users page is for administrators.")
        .ifPresent(this::build);
  }

  private void build(StaffUser user) {
    if (editor != null) {
      return;
    }
    if (services.console().staffAdmin().isEmpty()) {
      Paragraph off = new Paragraph("Changes to staff are not connected on this node.");
      off.setId("staff-admin-off");
      add(off, grid);
      editor = null;
      reload();
      return;
    }
    editor =
        new StaffEditor(
            services.staff(),
            services.console().staffAdmin().get(),
            new PasswordHasher(),
            services.audit(),
            services.clock(),
            user.username(),
            java.util.Optional.of(services.routing()));
    Div form =
        new Div(
            username,
            displayName,
            role,
            device,
            skills,
            lines,
            password,
            button("Add", "staff-create", () -> show(editor.create(form(), password.getValue()))),
            button("Save changes", "staff-save", () -> show(editor.update(form()))),
            button(
                "Disable",
                "staff-disable",
                () -> show(editor.setActive(username.getValue(), false))),
            button(
                "Enable", "staff-enable", () -> show(editor.setActive(username.getValue(), true))),
            button(
                "Reset password",
                "staff-reset",
                () -> show(editor.resetPassword(username.getValue(), password.getValue()))));
    form.addClassName("staff-form");
    add(grid, form);
    reload();
  }

  private StaffForm form() {
    return new StaffForm(
        username.getValue(),
        displayName.getValue(),
        role.getValue() == null ? null : role.getValue().name(),
        device.getValue(),
        skills.getValue(),
        lines.getValue());
  }

  private void fill(StaffMember member) {
    if (member == null) {
      return;
    }
    username.setValue(member.username());
    displayName.setValue(member.displayName());
    role.setValue(member.role());
    device.setValue(member.endpoint());
    skills.setValue(SupervisorActions.skillsText(member.skills()));
    lines.setValue(Integer.toString(member.voiceCapacity()));
  }

  private void show(StaffEditor.Outcome outcome) {
    password.clear();
    switch (outcome) {
      case StaffEditor.Outcome.Done done -> {
        Notices.info(done.message());
        reload();
      }
      case StaffEditor.Outcome.Refused refused -> Notices.refused(refused.reason());
    }
  }

  private void reload() {
    List<StaffMember> all = services.staff().all();
    grid.setItems(all);
  }

  /** The members listed now. */
  public List<StaffMember> shown() {
    return services.staff().all();
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text, click -> action.run());
    button.setId(id);
    return button;
  }
}
