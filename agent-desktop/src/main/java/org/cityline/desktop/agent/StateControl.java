package org.cityline.desktop.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.Formats;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.RoutingResult;

/**
 * The agent's state and its clock, with the controls to become available or step away with a
 * reason. Routing's transition table decides what is allowed; the buttons only offer the likely
 * moves and show routing's refusal when it says no.
 */
public class StateControl extends Div {

  /** The reasons an agent may choose; the others are routing's own. */
  static final Set<AwayReason> CHOOSABLE =
      EnumSet.of(
          AwayReason.BREAK,
          AwayReason.LUNCH,
          AwayReason.TRAINING,
          AwayReason.MEETING,
          AwayReason.AFTER_CALL_WORK);

  static final String CHOOSE_REASON = "Choose a reason before stepping away.";

  private final DesktopServices services;
  private final AgentId agent;
  private final Runnable afterAction;

  private final Span state = new Span();
  private final ElapsedClock inState = new ElapsedClock();
  private final Button available = new Button("Available");
  private final Select<AwayReason> reason = new Select<>();
  private final Button away = new Button("Away");

  public StateControl(DesktopServices services, AgentId agent, Runnable afterAction) {
    this.services = services;
    this.agent = agent;
    this.afterAction = afterAction;
    addClassName("state-control");

    state.setId("agent-state");
    inState.setId("state-clock");
    inState.addClassName("state-clock");
    Div current = new Div(new Span("Your state"), state, inState);
    current.addClassName("state-current");

    available.setId("available-button");
    available.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    available.addClickListener(click -> makeAvailable());
    reason.setId("away-reason");
    reason.setItems(CHOOSABLE);
    reason.setItemLabelGenerator(Formats::reason);
    reason.setPlaceholder("Reason");
    reason.setAriaLabel("Reason for stepping away");
    away.setId("away-button");
    away.addClickListener(click -> goAway());

    Div actions = new Div(available, reason, away);
    actions.addClassName("state-actions");
    add(current, actions);
  }

  /** Shows the agent as routing sees them, or as not signed in to routing. */
  public void show(Optional<AgentSnapshot> snapshot) {
    AgentState current = snapshot.map(AgentSnapshot::state).orElse(AgentState.LOGGED_OUT);
    state.setText(
        snapshot
            .map(s -> Formats.state(s.state(), s.awayReason()))
            .orElse("Not signed in to routing"));
    state.setClassName("state-chip " + Formats.stateClass(current));
    snapshot.ifPresentOrElse(
        s -> inState.countUpFrom(s.since(), services.clock().instant()), inState::clear);
    boolean idle =
        current == AgentState.AVAILABLE
            || current == AgentState.AWAY
            || current == AgentState.LOGGED_OUT;
    available.setEnabled(current != AgentState.AVAILABLE && idle);
    away.setEnabled(current == AgentState.AVAILABLE || current == AgentState.AWAY);
    reason.setEnabled(away.isEnabled());
  }

  private void makeAvailable() {
    if (services.routing().agent(agent).isEmpty()) {
      if (refused(services.routing().signIn(agent))) {
        afterAction.run();
        return;
      }
    }
    refused(services.routing().makeAvailable(agent));
    afterAction.run();
  }

  private void goAway() {
    Optional<AwayReason> chosen = reason.getOptionalValue();
    if (chosen.isEmpty() || !CHOOSABLE.contains(chosen.get())) {
      reason.setInvalid(true);
      reason.setErrorMessage(CHOOSE_REASON);
      Notices.refused(CHOOSE_REASON);
      return;
    }
    reason.setInvalid(false);
    refused(services.routing().goAway(agent, chosen.get()));
    afterAction.run();
  }

  private static boolean refused(RoutingResult result) {
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(refused.reason());
      return true;
    }
    return false;
  }
}
