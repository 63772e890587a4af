package org.cityline.desktop.agent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cityline.common.ContactId;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.ui.Access;
import org.cityline.desktop.ui.DesktopLayout;
import org.cityline.desktop.ui.DesktopRoutes;
import org.cityline.desktop.ui.Notices;
import org.cityline.desktop.ui.RoutingFeed;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;

/**
 * The agent's desk. On opening it signs the agent in to routing (they start away); it shows their
 * state and, when routing offers them a caller, pops the caller's account at once, then the call
 * controls and the wrap-up. It always draws what routing says: after every action and on every
 * pushed event it re-reads the agent's snapshot, so a reload or a missed event heals itself.
 */
@Route(value = DesktopRoutes.AGENT, layout = DesktopLayout.class)
@PageTitle("Agent desk · Cityline")
public class AgentView extends Div implements BeforeEnterObserver {

  private final DesktopServices services;
  private final Map<ContactId, Instant> offerExpiry = new HashMap<>();
  private final Span idle = new Span();

  private volatile AgentId agent;
  private StateControl stateControl;
  private LinePanel line;

  public AgentView(DesktopServices services) {
    this.services = services;
    addClassName("agent-view");
    idle.setId("idle-message");
    idle.addClassName("idle-message");
    RoutingFeed.attach(this, services, this::concernsMe, this::urgent, this::onEvents);
    addAttachListener(attach -> opened());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Access.gate(event, StaffUser::mayTakeCalls, "The agent desk is for staff who take calls.")
        .filter(user -> agent == null)
        .ifPresent(this::build);
  }

  private void build(StaffUser user) {
    agent = user.agentId();
    stateControl = new StateControl(services, agent, this::refresh);
    line = new LinePanel(services, agent, "", this::refresh);
    Div desk = new Div(idle, line);
    desk.addClassName("agent-desk");
    add(stateControl, desk);
  }

  private void opened() {
    if (agent == null) {
      return;
    }
    if (services.routing().agent(agent).isEmpty()
        && services.routing().signIn(agent) instanceof RoutingResult.Refused refused) {
      Notices.refused("Routing did not sign you in: " + refused.reason());
    }
    refresh();
  }

  /** Draws the agent as routing sees them now. */
  void refresh() {
    Optional<AgentSnapshot> snapshot = services.routing().agent(agent);
    stateControl.show(snapshot);
    List<ContactSnapshot> lines =
        snapshot.map(AgentSnapshot::contacts).orElse(List.of()).stream()
            .filter(contact -> contact.state() != ContactState.ENDED)
            .filter(contact -> contact.state() != ContactState.QUEUED)
            .toList();
    Set<ContactId> onLines = lines.stream().map(ContactSnapshot::id).collect(Collectors.toSet());
    offerExpiry.keySet().retainAll(onLines);
    if (lines.isEmpty()) {
      idle.setText(idleMessage(snapshot.map(AgentSnapshot::state).orElse(AgentState.LOGGED_OUT)));
      idle.setVisible(true);
      line.setVisible(false);
      return;
    }
    ContactSnapshot first = lines.getFirst();
    line.show(first, Optional.ofNullable(offerExpiry.get(first.id())));
    line.setVisible(true);
    idle.setVisible(false);
  }

  private static String idleMessage(AgentState state) {
    return switch (state) {
      case AVAILABLE -> "Ready for the next caller. Their account will appear here.";
      case AWAY -> "You are away. Choose Available to take calls.";
      case LOGGED_OUT -> "You are not signed in to routing. Choose Available to sign in.";
      case RESERVED, ON_CALL, ON_HOLD, WRAP_UP -> "Waiting for routing to describe your call.";
    };
  }

  private boolean concernsMe(RoutingEvent event) {
    AgentId me = agent;
    if (me == null) {
      return false;
    }
    return switch (event) {
      case RoutingEvent.OfferMade offer -> offer.agent().equals(me);
      case RoutingEvent.OfferWithdrawn withdrawn -> withdrawn.agent().equals(me);
      case RoutingEvent.AgentChanged changed -> changed.agent().id().equals(me);
      case RoutingEvent.ContactChanged changed ->
          changed.contact().agent().filter(me::equals).isPresent();
      case RoutingEvent.QueueChanged ignored -> false;
    };
  }

  private boolean urgent(RoutingEvent event) {
    return event instanceof RoutingEvent.OfferMade || event instanceof RoutingEvent.OfferWithdrawn;
  }

  private void onEvents(List<RoutingEvent> batch) {
    for (RoutingEvent event : batch) {
      switch (event) {
        case RoutingEvent.OfferMade offer ->
            offerExpiry.put(offer.contact().id(), offer.expiresAt());
        case RoutingEvent.OfferWithdrawn withdrawn -> {
          offerExpiry.remove(withdrawn.contact());
          Notices.info("The call was withdrawn: " + withdrawn.reason());
        }
        case RoutingEvent.AgentChanged ignored -> {}
        case RoutingEvent.ContactChanged ignored -> {}
        case RoutingEvent.QueueChanged ignored -> {}
      }
    }
    refresh();
  }
}
