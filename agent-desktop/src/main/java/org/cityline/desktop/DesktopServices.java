package org.cityline.desktop;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.DispositionCode;
import org.cityline.routing.RoutingService;

/**
 * Everything the desktop's views need, handed to the desktop server by the composition root. Views
 * take it through their constructors (see {@code DesktopInstantiator}); nothing is looked up
 * statically.
 *
 * @param routing the routing core: agent states, offers, calls, live queues
 * @param customers the customer information system, for the screen pop
 * @param contactHistory past contacts, shown on the screen pop
 * @param staff who may sign in, with their roles and password hashes
 * @param passwords checks a typed password against a stored hash
 * @param audit where sign-ins and sign-outs are recorded
 * @param dispositions the disposition codes an agent chooses from at wrap-up, in display order
 * @param clock the time shown (time in state, ring countdown) and stamped on audit entries
 * @param scheduler runs the timers that batch pushes to browsers
 * @param agentDesk the agent desk's drafts and settings (lines, escalation, wrap-up, accounts)
 * @param console sign-in lockout, session age, temporary leads, staff administration, the IVR's
 *     announcement and reports (the supervisor's and administrator's half)
 */
public record DesktopServices(
    RoutingService routing,
    CustomerInformation customers,
    ContactHistory contactHistory,
    StaffDirectory staff,
    PasswordVerifier passwords,
    AuditTrail audit,
    List<DispositionCode> dispositions,
    Clock clock,
    Scheduler scheduler,
    AgentDeskServices agentDesk,
    ConsoleServices console) {

  /**
   * The foundation's services, with the agent desk's defaults ({@link AgentDeskServices}) and
   * {@link ConsoleServices#defaults} for the console.
   */
  public DesktopServices(
      RoutingService routing,
      CustomerInformation customers,
      ContactHistory contactHistory,
      StaffDirectory staff,
      PasswordVerifier passwords,
      AuditTrail audit,
      List<DispositionCode> dispositions,
      Clock clock,
      Scheduler scheduler) {
    this(
        routing,
        customers,
        contactHistory,
        staff,
        passwords,
        audit,
        dispositions,
        clock,
        scheduler,
        AgentDeskServices.inMemory(),
        ConsoleServices.defaults(clock));
  }

  public DesktopServices {
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(contactHistory, "contactHistory");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(passwords, "passwords");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(agentDesk, "agentDesk");
    Objects.requireNonNull(console, "console");
    dispositions = List.copyOf(Objects.requireNonNull(dispositions, "dispositions"));
    if (dispositions.isEmpty()) {
      throw new IllegalArgumentException(
          "the desktop needs at least one disposition code for wrap-up; none were configured");
    }
    Set<String> codes = new HashSet<>();
    for (DispositionCode disposition : dispositions) {
      if (!codes.add(disposition.code())) {
        throw new IllegalArgumentException(
            "disposition code '" + disposition.code() + "' is configured twice");
      }
    }
  }

  /** Sign-in over this directory, verifier, audit trail, clock and lockout. */
  public SignIn signIn() {
    return new SignIn(staff, passwords, audit, clock, console.lockout());
  }

  /** The same services with the console's half replaced. */
  public DesktopServices withConsole(ConsoleServices replacement) {
    return new DesktopServices(
        routing,
        customers,
        contactHistory,
        staff,
        passwords,
        audit,
        dispositions,
        clock,
        scheduler,
        agentDesk,
        replacement);
  }
}
