package org.cityline.routing.engine;

import java.time.Clock;
import java.util.Objects;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.common.call.CallControl;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.AgentStore;
import org.cityline.routing.ContactStore;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueConfigStore;
import org.cityline.routing.RoutingEvents;
import org.cityline.routing.StatisticsStore;
import org.cityline.routing.WrapUpPolicy;

/**
 * Everything a {@link Router} works with: where state is kept, where events go, the phone system,
 * the staff directory, contact history and interval reports, time, the configuration, and whether
 * this node leads.
 *
 * @param contacts live contacts
 * @param agents signed-in agents
 * @param statistics the queues' live interval counts
 * @param queueConfig where the queue configuration all nodes share is kept
 * @param events where changes are announced
 * @param calls the phone system, to connect, hold, resume, transfer and hang up callers, and to
 *     call customers back
 * @param staff where agents' names, phones, skills and lines are read at sign-in
 * @param history where ended contacts and wrap-ups are recorded
 * @param intervals where fifteen-minute interval counts are written for reports
 * @param clock the time (its zone is the city's: it decides when a day starts)
 * @param scheduler runs timers and retries
 * @param queues the queues in use
 * @param wrapUp the disposition codes and note rules
 * @param settings callbacks, sweeping and statistics settings
 * @param leadership whether this node leads
 */
public record RouterSetup(
    ContactStore contacts,
    AgentStore agents,
    StatisticsStore statistics,
    QueueConfigStore queueConfig,
    RoutingEvents events,
    CallControl calls,
    StaffDirectory staff,
    ContactHistory history,
    IntervalStore intervals,
    Clock clock,
    Scheduler scheduler,
    QueueConfig queues,
    WrapUpPolicy wrapUp,
    RoutingSettings settings,
    Leadership leadership) {

  public RouterSetup {
    Objects.requireNonNull(contacts, "contacts");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(queueConfig, "queueConfig");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(intervals, "intervals");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(queues, "queues");
    Objects.requireNonNull(wrapUp, "wrapUp");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(leadership, "leadership");
  }
}
