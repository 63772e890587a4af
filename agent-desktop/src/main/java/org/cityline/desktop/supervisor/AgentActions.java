package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingResult;

/**
 * The supervisor's actions on one agent: set available or away for a reason, sign out, change
 * skills and levels, move between queues; listen in, whisper or barge in on their call with the
 * supervisor's own phone. Refusals (from the form or from routing) show as a notification and
 * change nothing.
 */
public class AgentActions extends Div {

  /** The states a supervisor may set. */
  static final List<AgentState> SETTABLE = List.of(AgentState.AVAILABLE, AgentState.AWAY);

  private final SupervisorActions actions;
  private final Select<AgentSnapshot> agent = new Select<>();
  private final Select<AgentState> state = new Select<>();
  private final Select<AwayReason> reason = new Select<>();
  private final TextField skills = new TextField("Skills (name=level)");
  private final Select<QueueId> from = new Select<>();
  private final Select<QueueId> to = new Select<>();

  public AgentActions(SupervisorActions actions, List<QueueDefinition> queues) {
    this.actions = actions;
    setId("agent-actions");
    addClassName("console-actions");
    agent.setLabel("Agent");
    agent.setId("action-agent");
    agent.setItemLabelGenerator(a -> a.displayName() + " (" + a.id().value() + ")");
    agent.addValueChangeListener(
        change -> {
          if (change.getValue() != null) {
            skills.setValue(SupervisorActions.skillsText(change.getValue().skills()));
          }
        });
    state.setLabel("State");
    state.setId("action-state");
    state.setItems(SETTABLE);
    reason.setLabel("Away reason");
    reason.setId("action-reason");
    reason.setItems(
        List.of(AwayReason.BREAK, AwayReason.LUNCH, AwayReason.TRAINING, AwayReason.MEETING));
    Button setState = button("Set state", "action-set-state", this::setState);
    Button signOut = button("Sign out", "action-sign-out", this::signOut);
    skills.setId("action-skills");
    skills.setMaxLength(SupervisorActions.MAX_SKILLS_TEXT);
    Button changeSkills = button("Change skills", "action-change-skills", this::changeSkills);
    List<QueueId> ids = queues.stream().map(QueueDefinition::id).toList();
    from.setLabel("From queue");
    from.setId("action-from");
    from.setItems(ids);
    from.setItemLabelGenerator(QueueId::value);
    to.setLabel("To queue");
    to.setId("action-to");
    to.setItems(ids);
    to.setItemLabelGenerator(QueueId::value);
    Button move = button("Move", "action-move", this::move);
    Button listen = monitorButton("Listen", org.cityline.common.call.MonitorMode.LISTEN);
    Button whisper = monitorButton("Whisper", org.cityline.common.call.MonitorMode.WHISPER);
    Button barge = monitorButton("Barge in", org.cityline.common.call.MonitorMode.BARGE);
    add(
        new H3("Agent actions"),
        agent,
        new Div(state, reason, setState, signOut),
        new Div(skills, changeSkills),
        new Div(from, to, move),
        new Div(listen, whisper, barge));
  }

  /** Refreshes the agents to choose from, keeping the choice when the agent is still there. */
  public void agents(List<AgentSnapshot> signedIn) {
    Optional<AgentId> chosen = Optional.ofNullable(agent.getValue()).map(AgentSnapshot::id);
    agent.setItems(signedIn);
    chosen
        .flatMap(id -> signedIn.stream().filter(a -> a.id().equals(id)).findFirst())
        .ifPresent(a -> agent.setValue(a));
  }

  private Button monitorButton(String text, org.cityline.common.call.MonitorMode mode) {
    return button(
        text,
        "action-" + mode.name().toLowerCase(java.util.Locale.ROOT),
        () ->
            show(
                actions.monitor(chosen().orElse(null), mode),
                "Your phone rings: answer it to " + text.toLowerCase(java.util.Locale.ROOT) + "."));
  }

  private Optional<AgentId> chosen() {
    return Optional.ofNullable(agent.getValue()).map(AgentSnapshot::id);
  }

  private void setState() {
    show(
        actions.setState(
            chosen().orElse(null), state.getValue(), Optional.ofNullable(reason.getValue())),
        "State changed.");
  }

  private void signOut() {
    show(actions.signOut(chosen().orElse(null)), "Signed out.");
  }

  private void changeSkills() {
    show(actions.changeSkills(chosen().orElse(null), skills.getValue()), "Skills changed.");
  }

  private void move() {
    show(actions.moveAgent(chosen().orElse(null), from.getValue(), to.getValue()), "Moved.");
  }

  static void show(RoutingResult result, String done) {
    switch (result) {
      case RoutingResult.Done ok -> Notices.info(done);
      case RoutingResult.Refused refused -> Notices.refused(refused.reason());
    }
  }

  static Button button(String text, String id, Runnable action) {
    Button button = new Button(text, click -> action.run());
    button.setId(id);
    return button;
  }
}
