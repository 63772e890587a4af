package org.cityline.routing.engine;

import java.time.Clock;
import java.util.Objects;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.common.call.CallControl;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.AgentStore;
import org.cityline.routing.ContactStore;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueStore;
import org.cityline.routing.RoutingEvents;
import org.cityline.routing.WrapUpPolicy;

/**
 * Everything a {@link Router} works with: where state is kept, where events go, the phone system,
 * the staff directory and contact history, time, and the configuration.
 *
 * @param contacts live contacts
 * @param agents signed-in agents
 * @param queues each queue's waiting list
 * @param events where changes are announced
 * @param calls the phone system, to connect, hold, resume and hang up callers
 * @param staff where agents' names, phones, skills and lines are read at sign-in
 * @param history where ended contacts and wrap-ups are recorded
 * @param clock the time
 * @param scheduler runs ring timeouts and retries
 * @param directory the configured queues
 * @param wrapUp the disposition codes and note rules
 */
public record RouterSetup(
    ContactStore contacts,
    AgentStore agents,
    QueueStore queues,
    RoutingEvents events,
    CallControl calls,
    StaffDirectory staff,
    ContactHistory history,
    Clock clock,
    Scheduler scheduler,
    QueueDirectory directory,
    WrapUpPolicy wrapUp) {

  public RouterSetup {
    Objects.requireNonNull(contacts, "contacts");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(queues, "queues");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(wrapUp, "wrapUp");
  }
}
