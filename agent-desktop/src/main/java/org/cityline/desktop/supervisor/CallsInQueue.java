package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingService;
import org.cityline.routing.TrailStep;

/**
 * Every contact waiting in every queue, in serving order, with what the caller did in the IVR; the
 * supervisor picks one to raise its priority, move it to another queue, or give it to an agent.
 */
public class CallsInQueue extends Div {

  /** At most this many waiting contacts per queue are listed. */
  static final int PER_QUEUE = 25;

  private final RoutingService routing;
  private final SupervisorActions actions;
  private final Clock clock;
  private final Grid<ContactSnapshot> grid = new Grid<>();
  private final TextField priority = new TextField("Priority (0-100)");
  private final Select<QueueId> queue = new Select<>();
  private final Select<AgentId> agent = new Select<>();
  private List<ContactSnapshot> shown = List.of();

  public CallsInQueue(
      RoutingService routing,
      SupervisorActions actions,
      Clock clock,
      List<QueueDefinition> queues) {
    this.routing = routing;
    this.actions = actions;
    this.clock = clock;
    setId("calls-in-queue");
    grid.setId("waiting-grid");
    grid.addColumn(c -> c.queue().value()).setHeader("Queue").setAutoWidth(true);
    grid.addColumn(c -> c.caller().map(Object::toString).orElse("unknown")).setHeader("Caller");
    grid.addColumn(c -> waited(c)).setHeader("Waiting");
    grid.addColumn(ContactSnapshot::priority).setHeader("Priority");
    grid.addColumn(ContactSnapshot::reason).setHeader("Reason");
    grid.addColumn(CallsInQueue::trail).setHeader("IVR trail").setFlexGrow(3);
    grid.setHeight("320px"); // rows load as they scroll into view, not all at every push
    priority.setId("waiting-priority");
    priority.setMaxLength(3);
    queue.setLabel("Move to queue");
    queue.setId("waiting-queue");
    queue.setItems(queues.stream().map(QueueDefinition::id).toList());
    queue.setItemLabelGenerator(QueueId::value);
    agent.setLabel("Give to agent");
    agent.setId("waiting-agent");
    agent.setItemLabelGenerator(AgentId::value);
    Button setPriority =
        AgentActions.button(
            "Set priority",
            "waiting-set-priority",
            () -> act(id -> actions.changePriority(id, priority.getValue())));
    Button move =
        AgentActions.button(
            "Move", "waiting-move", () -> act(id -> actions.moveContact(id, queue.getValue())));
    Button assign =
        AgentActions.button(
            "Assign", "waiting-assign", () -> act(id -> actions.assign(id, agent.getValue())));
    add(new H3("Calls in queue"), grid, new Div(priority, setPriority, queue, move, agent, assign));
  }

  /** Reloads the waiting contacts and the agents to give one to. */
  public void refresh() {
    Optional<ContactId> selected = selected();
    List<ContactSnapshot> waiting = new ArrayList<>();
    for (QueueSnapshot q : routing.queues()) {
      if (q.waiting() > 0) {
        waiting.addAll(routing.waiting(q.id(), PER_QUEUE));
      }
    }
    shown = List.copyOf(waiting);
    grid.setItems(shown);
    selected
        .flatMap(id -> shown.stream().filter(c -> c.id().equals(id)).findFirst())
        .ifPresent(grid::select);
    agent.setItems(routing.agents().stream().map(AgentSnapshot::id).toList());
  }

  /** The contacts listed now, in order. */
  public List<ContactSnapshot> shown() {
    return shown;
  }

  /** Chooses a listed contact, as a click on its row does. */
  public void choose(ContactId id) {
    shown.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(grid::select);
  }

  private Optional<ContactId> selected() {
    return grid.getSelectedItems().stream().findFirst().map(ContactSnapshot::id);
  }

  private void act(java.util.function.Function<ContactId, org.cityline.routing.RoutingResult> f) {
    AgentActions.show(f.apply(selected().orElse(null)), "Done.");
    refresh();
  }

  private String waited(ContactSnapshot contact) {
    Duration waited = Duration.between(contact.enqueuedAt(), clock.instant());
    return String.format(
        java.util.Locale.ROOT, "%d:%02d", waited.toMinutes(), waited.toSecondsPart());
  }

  /** What the caller did in the IVR, step by step. */
  public static String trail(ContactSnapshot contact) {
    return contact.trail().stream().map(TrailStep::summary).collect(Collectors.joining(" → "));
  }
}
