package org.cityline.desktop.admin;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.Usernames;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffAdministration;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.desktop.PlainText;
import org.cityline.desktop.supervisor.SupervisorActions;
import org.cityline.routing.AgentId;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;

/**
 * The administrator's changes to the staff directory, checked before anything is written: every
 * field present, not too long, no markup, in its format; passwords hashed with bcrypt and never
 * kept; every change audited with the administrator's name. A refusal says what to fix and changes
 * nothing. New skills of a member who is signed in reach routing at once ({@link
 * RoutingService#changeSkills}), not only at their next sign-in.
 */
public final class StaffEditor {

  /** What became of a change. */
  public sealed interface Outcome {
    /** Done, with what to tell the administrator. */
    record Done(String message) implements Outcome {}

    /** Refused, nothing changed, with what to fix. */
    record Refused(String reason) implements Outcome {}
  }

  /** Longest display name. */
  public static final int MAX_NAME = 80;

  private static final Pattern DEVICE =
      Pattern.compile(
          "(PJSIP/[A-Za-z0-9._@-]{1,64}|client:[A-Za-z0-9._@-]{1,64}|sim:[a-z0-9._-]{1,32})");

  private final StaffDirectory directory;
  private final StaffAdministration admin;
  private final PasswordHasher hasher;
  private final AuditTrail audit;
  private final Clock clock;
  private final String administrator;
  private final Optional<RoutingService> routing;

  /**
   * @param routing when present, new skills of a member signed in to it apply there at once;
   *     otherwise at their next sign-in
   */
  public StaffEditor(
      StaffDirectory directory,
      StaffAdministration admin,
      PasswordHasher hasher,
      AuditTrail audit,
      Clock clock,
      String administrator,
      Optional<RoutingService> routing) {
    this.routing = routing;
    this.directory = directory;
    this.admin = admin;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
    this.administrator = administrator;
  }

  /** Adds a member with a first password (they should change it). */
  public Outcome create(StaffForm form, String password) {
    Optional<String> passwordProblem = passwordProblem(password);
    if (passwordProblem.isPresent()) {
      return new Outcome.Refused(passwordProblem.get());
    }
    return checked(form, null)
        .map(
            member -> {
              StaffMember withHash = with(member, hasher.hash(password), true);
              return apply(admin.create(withHash), "staff-created", withHash, "Added.");
            })
        .orElseGet(() -> new Outcome.Refused(problem(form, null).orElseThrow()));
  }

  /** Changes a member's name, role, device, skills and lines; keeps the password and status. */
  public Outcome update(StaffForm form) {
    Optional<StaffMember> existing = find(form.username());
    if (existing.isEmpty()) {
      return new Outcome.Refused("Choose a member to change.");
    }
    Optional<String> problem = problem(form, existing.get());
    if (problem.isPresent()) {
      return new Outcome.Refused(problem.get());
    }
    StaffMember member = build(form, existing.get());
    Outcome saved = apply(admin.update(member), "staff-changed", member, "Saved.");
    if (saved instanceof Outcome.Done && !member.skills().equals(existing.get().skills())) {
      return liveSkills(member).map(Outcome.class::cast).orElse(saved);
    }
    return saved;
  }

  /**
   * Gives a signed-in member's new skills to routing, audited as the supervisor's grid does; empty
   * when they are not signed in (routing reads the directory at sign-in).
   */
  private Optional<Outcome.Done> liveSkills(StaffMember member) {
    AgentId agent = new AgentId(member.username());
    if (routing.isEmpty() || routing.get().agent(agent).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (routing.get().changeSkills(agent, member.skills())) {
          case RoutingResult.Refused refused ->
              new Outcome.Done(
                  "Saved. Routing kept their current skills until they sign in again: "
                      + refused.reason());
          case RoutingResult.Done done -> {
            audited("agent-skills", agent + " " + member.skills());
            yield new Outcome.Done("Saved. Their new skills apply to calls now.");
          }
        });
  }

  /** Disables or enables a member (a disabled member cannot sign in). */
  public Outcome setActive(String username, boolean active) {
    Optional<StaffMember> existing = find(username);
    if (existing.isEmpty()) {
      return new Outcome.Refused("Choose a member.");
    }
    if (!active && existing.get().username().equals(administrator)) {
      return new Outcome.Refused("You cannot disable your own account.");
    }
    StaffMember member = with(existing.get(), existing.get().passwordHash(), active);
    return apply(
        admin.update(member),
        active ? "staff-enabled" : "staff-disabled",
        member,
        active ? "Enabled." : "Disabled.");
  }

  /** Sets a new password (the old one stops working at once). */
  public Outcome resetPassword(String username, String password) {
    Optional<StaffMember> existing = find(username);
    if (existing.isEmpty()) {
      return new Outcome.Refused("Choose a member.");
    }
    Optional<String> problem = passwordProblem(password);
    if (problem.isPresent()) {
      return new Outcome.Refused(problem.get());
    }
    StaffMember member = with(existing.get(), hasher.hash(password), existing.get().active());
    return apply(admin.update(member), "staff-password-reset", member, "Password reset.");
  }

  private Optional<StaffMember> find(String username) {
    return username == null ? Optional.empty() : directory.find(username.strip());
  }

  private Optional<StaffMember> checked(StaffForm form, StaffMember existing) {
    return problem(form, existing).isPresent()
        ? Optional.empty()
        : Optional.of(build(form, existing));
  }

  /** What is wrong with the form, if anything. */
  static Optional<String> problem(StaffForm form, StaffMember existing) {
    String username = strip(form.username());
    if (username.isEmpty()) {
      return Optional.of("Enter a user name.");
    }
    if (!Usernames.isValid(username)) {
      return Optional.of(
          "A user name is 1 to 32 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit.");
    }
    Optional<String> name = PlainText.check("Display name", form.displayName(), MAX_NAME);
    if (name.isPresent()) {
      return name;
    }
    if (role(form.role()).isEmpty()) {
      return Optional.of("Choose a role.");
    }
    if (!DEVICE.matcher(strip(form.device())).matches()) {
      return Optional.of(
          "A device is PJSIP/<endpoint>, client:<Twilio identity> or sim:<desk phone>.");
    }
    String skills = strip(form.skills());
    if (!skills.isEmpty()) {
      try {
        SupervisorActions.parseSkills(skills);
      } catch (IllegalArgumentException e) {
        return Optional.of(e.getMessage());
      }
    }
    if (!strip(form.lines()).matches("[1-4]")) {
      return Optional.of("Lines is a number from 1 to 4.");
    }
    return Optional.empty();
  }

  private static StaffMember build(StaffForm form, StaffMember existing) {
    String skills = strip(form.skills());
    Map<String, Integer> levels =
        skills.isEmpty() ? Map.of() : SupervisorActions.parseSkills(skills);
    return new StaffMember(
        strip(form.username()),
        strip(form.displayName()),
        role(form.role()).orElseThrow(),
        existing == null ? "" : existing.passwordHash(),
        strip(form.device()),
        levels,
        Integer.parseInt(strip(form.lines())),
        existing == null || existing.active());
  }

  private static StaffMember with(StaffMember m, String hash, boolean active) {
    return new StaffMember(
        m.username(),
        m.displayName(),
        m.role(),
        hash,
        m.endpoint(),
        m.skills(),
        m.voiceCapacity(),
        active);
  }

  private static Optional<Role> role(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Role.valueOf(typed.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> passwordProblem(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Enter a password.");
    }
    return PasswordHasher.problem(password).map(why -> "Not accepted: " + why + ".");
  }

  private Outcome apply(
      StaffAdministration.Result result, String action, StaffMember member, String done) {
    return switch (result) {
      case StaffAdministration.Result.Refused refused -> new Outcome.Refused(refused.reason());
      case StaffAdministration.Result.Done ok -> {
        audited(
            action,
            member.username()
                + " "
                + member.role()
                + " "
                + member.endpoint()
                + " "
                + member.skills()
                + (member.active() ? "" : " disabled"));
        yield new Outcome.Done(done);
      }
    };
  }

  private void audited(String action, String detail) {
    audit.record(
        new AuditEntry(
            clock.instant(), administrator, Optional.empty(), Optional.empty(), action, detail));
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
