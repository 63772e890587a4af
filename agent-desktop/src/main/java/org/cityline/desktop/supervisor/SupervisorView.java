package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.List;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.ui.Access;
import org.cityline.desktop.ui.DesktopLayout;
import org.cityline.desktop.ui.DesktopRoutes;
import org.cityline.desktop.ui.Formats;
import org.cityline.desktop.ui.RoutingFeed;
import org.cityline.routing.RoutingEvent;

/**
 * The supervisor's live view: each queue's waiting callers and longest wait, and every signed-in
 * agent's state and time in state. It loads routing's snapshots when opened and then changes by
 * push, in batches of at most one every {@link RoutingFeed#WINDOW}.
 */
@Route(value = DesktopRoutes.SUPERVISOR, layout = DesktopLayout.class)
@PageTitle("Supervisor · Cityline")
public class SupervisorView extends Div implements BeforeEnterObserver {

  private final DesktopServices services;
  private final QueueBoard queues = new QueueBoard();
  private final AgentBoard agents;
  private final Span updated = new Span();

  public SupervisorView(DesktopServices services) {
    this.services = services;
    this.agents = new AgentBoard(services.clock());
    addClassName("supervisor-view");
    updated.setId("last-update");
    updated.addClassName("supervisor-updated");
    H2 queuesTitle = new H2("Queues");
    H2 agentsTitle = new H2("Agents");
    Div queueHeading = new Div(queuesTitle, updated);
    queueHeading.addClassName("supervisor-heading");
    add(queueHeading, queues, agentsTitle, agents);
    RoutingFeed.attach(this, services, SupervisorView::shown, event -> false, this::onEvents);
    addAttachListener(attach -> load());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Access.gate(
            event,
            user -> user.maySupervise() || services.console().leads().isLead(user.username()),
            "The supervisor view is for supervisors.")
        .ifPresent(this::addConsole);
  }

  private boolean consoleAdded;

  /** The console's working parts, once the user is known: leads only for supervisors. */
  private void addConsole(StaffUser user) {
    if (consoleAdded) {
      return;
    }
    consoleAdded = true;
    addConsoleParts(user);
    if (user.maySupervise()) {
      add(new LeadsPanel(services, user));
    }
  }

  private AgentActions agentActions;
  private CallsInQueue callsInQueue;

  /** The agent actions and calls in queue (added once the supervisor is known). */
  private void addConsoleParts(StaffUser user) {
    SupervisorActions actions =
        new SupervisorActions(
            services.routing(), services.audit(), services.clock(), user.username());
    var definitions = services.routing().queueDefinitions();
    callsInQueue = new CallsInQueue(services.routing(), actions, services.clock(), definitions);
    agentActions = new AgentActions(actions, definitions);
    add(callsInQueue, agentActions);
    callsInQueue.refresh();
    agentActions.agents(services.routing().agents());
  }

  private void load() {
    Instant now = services.clock().instant();
    services.routing().queues().forEach(queue -> queues.show(queue, now));
    services.routing().agents().forEach(agents::show);
    agents.redraw();
    stamp(now);
  }

  private static boolean shown(RoutingEvent event) {
    return event instanceof RoutingEvent.QueueChanged
        || event instanceof RoutingEvent.AgentChanged
        || event instanceof RoutingEvent.ContactChanged;
  }

  private void onEvents(List<RoutingEvent> batch) {
    Instant now = services.clock().instant();
    for (RoutingEvent event : batch) {
      switch (event) {
        case RoutingEvent.QueueChanged changed -> queues.show(changed.queue(), now);
        case RoutingEvent.AgentChanged changed -> agents.show(changed.agent());
        case RoutingEvent.OfferMade ignored -> {}
        case RoutingEvent.OfferWithdrawn ignored -> {}
        case RoutingEvent.ContactChanged ignored -> {}
      }
    }
    agents.redraw();
    if (callsInQueue != null) {
      callsInQueue.refresh();
      if (batch.stream().anyMatch(RoutingEvent.AgentChanged.class::isInstance)) {
        agentActions.agents(services.routing().agents());
      }
    }
    stamp(now);
  }

  private void stamp(Instant now) {
    updated.setText("Updated " + Formats.time(now, services.clock().getZone()));
  }
}
