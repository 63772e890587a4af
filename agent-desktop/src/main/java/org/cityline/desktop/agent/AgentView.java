package org.cityline.desktop.agent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cityline.common.ContactId;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.LineSlots;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.WrapUpDeadlines;
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
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;

/**
 * The agent's desk. On opening it signs the agent in to routing (they start away); it shows their
 * state and one panel per line in use (up to the agent's capacity): when routing offers them a
 * caller it pops the caller's account at once, then the call controls, escalation and the wrap-up.
 * It always draws what routing says: after every action and on every pushed event it re-reads the
 * agent's snapshot, so a reload or a missed event heals itself; what the agent typed is kept on the
 * server ({@code DeskDrafts}) and put back.
 */
@Route(value = DesktopRoutes.AGENT, layout = DesktopLayout.class)
@PageTitle("Agent desk · Cityline")
public class AgentView extends Div implements BeforeEnterObserver, LinePanel.Host {

  private static final Duration DEFAULT_WRAP_UP = Duration.ofMinutes(1);

  private final DesktopServices services;
  private final Map<ContactId, Instant> offerExpiry = new HashMap<>();
  private final Map<ContactId, LinePanel> panels = new LinkedHashMap<>();
  private final Span idle = new Span();
  private final Div lines = new Div();

  private volatile AgentId agent;
  private StateControl stateControl;
  private LineSlots<ContactId> slots;
  private WrapUpDeadlines wrapUps;

  public AgentView(DesktopServices services) {
    this.services = services;
    addClassName("agent-view");
    idle.setId("idle-message");
    idle.addClassName("idle-message");
    lines.setId("lines");
    lines.addClassName("agent-lines");
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
    wrapUps = new WrapUpDeadlines(services.agentDesk().drafts(), agent.value());
    Div desk = new Div(idle, lines);
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
  @Override
  public void refresh() {
    Optional<AgentSnapshot> snapshot = services.routing().agent(agent);
    stateControl.show(snapshot);
    List<ContactSnapshot> onLines =
        snapshot.map(AgentSnapshot::contacts).orElse(List.of()).stream()
            .filter(contact -> contact.state() != ContactState.ENDED)
            .map(this::asMyLine)
            .toList();
    Map<ContactId, ContactSnapshot> byId = new LinkedHashMap<>();
    onLines.forEach(contact -> byId.put(contact.id(), contact));
    offerExpiry.keySet().retainAll(byId.keySet());
    int capacity = snapshot.map(AgentSnapshot::voiceCapacity).orElse(1);
    if (slots == null) {
      slots = new LineSlots<>(Math.max(1, Math.min(4, capacity)));
    }
    List<LineSlots.Slot<ContactId>> placed = slots.assign(byId.keySet());
    Set<ContactId> kept = placed.stream().map(LineSlots.Slot::line).collect(Collectors.toSet());
    panels.keySet().removeIf(id -> !kept.contains(id));
    List<LinePanel> ordered = new java.util.ArrayList<>();
    for (LineSlots.Slot<ContactId> slot : placed) {
      LinePanel panel =
          panels.computeIfAbsent(
              slot.line(),
              id -> new LinePanel(services, agent, LineSlots.suffix(slot.slot()), this));
      ContactSnapshot contact = byId.get(slot.line());
      panel.show(contact, Optional.ofNullable(offerExpiry.get(contact.id())), wrapUpEnd(contact));
      ordered.add(panel);
    }
    // Only touch the children when the lines changed: re-adding a panel would redraw it.
    if (!lines.getChildren().toList().equals(ordered)) {
      lines.removeAll();
      ordered.forEach(lines::add);
    }
    boolean none = placed.isEmpty();
    idle.setVisible(none);
    lines.setVisible(!none);
    if (none) {
      idle.setText(idleMessage(snapshot.map(AgentSnapshot::state).orElse(AgentState.LOGGED_OUT)));
    }
  }

  /**
   * A contact as this agent's line stands: a contact on the agent's lines that is neither with them
   * nor being transferred to them was handed on (a blind escalation or a completed transfer) and
   * their line is in wrap-up.
   */
  private ContactSnapshot asMyLine(ContactSnapshot contact) {
    boolean mine = contact.agent().filter(agent::equals).isPresent();
    boolean consulted = contact.consultedAgent().filter(agent::equals).isPresent();
    if (mine || consulted) {
      return contact;
    }
    return new ContactSnapshot(
        contact.id(),
        contact.call(),
        contact.caller(),
        contact.language(),
        contact.account(),
        contact.verified(),
        contact.trail(),
        contact.reason(),
        contact.queue(),
        contact.priority(),
        contact.arrivedAt(),
        contact.enqueuedAt(),
        ContactState.WRAP_UP,
        Optional.of(agent),
        contact.notes(),
        contact.callbackNumber(),
        Optional.empty(),
        Optional.empty());
  }

  private Optional<Instant> wrapUpEnd(ContactSnapshot contact) {
    if (contact.state() != ContactState.WRAP_UP) {
      return Optional.empty();
    }
    Duration wrapUpTime =
        services.routing().queueDefinitions().stream()
            .filter(queue -> queue.id().equals(contact.queue()))
            .map(QueueDefinition::wrapUpTime)
            .findFirst()
            .orElse(DEFAULT_WRAP_UP);
    return Optional.of(
        wrapUps.deadline(contact.id().value(), services.clock().instant(), wrapUpTime));
  }

  @Override
  public void holdOthers(ContactId keep) {
    services.routing().agent(agent).map(AgentSnapshot::contacts).orElse(List.of()).stream()
        .filter(contact -> !contact.id().equals(keep))
        .filter(contact -> contact.state() == ContactState.CONNECTED)
        .filter(contact -> contact.agent().filter(agent::equals).isPresent())
        .forEach(
            contact -> {
              if (services.routing().hold(agent, contact.id())
                  instanceof RoutingResult.Refused refused) {
                Notices.refused(refused.reason());
              }
            });
  }

  @Override
  public boolean consultTaken(ContactId contact) {
    return services
        .agentDesk()
        .drafts()
        .draft(agent.value(), "consult-taken/" + contact.value())
        .isPresent();
  }

  @Override
  public void consultTaken(ContactId contact, boolean taken) {
    services
        .agentDesk()
        .drafts()
        .keep(agent.value(), "consult-taken/" + contact.value(), taken ? "yes" : "");
  }

  @Override
  public void wrapUpExtended(ContactId contact) {
    wrapUps.extended(
        contact.value(), services.clock().instant(), services.agentDesk().wrapUpExtension());
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
          changed.contact().agent().filter(me::equals).isPresent()
              || changed.contact().consultedAgent().filter(me::equals).isPresent();
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
