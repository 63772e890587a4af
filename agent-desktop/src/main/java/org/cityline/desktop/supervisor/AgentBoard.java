package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.Formats;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactSnapshot;

/**
 * The grid of signed-in agents: name, state (coloured), time in state (ticking in the browser), the
 * callers on their lines, the day's handled contacts and average handle time, and their skills.
 * Rows change in place as snapshots arrive; an agent who signs out leaves the grid.
 */
public class AgentBoard extends Grid<AgentSnapshot> {

  private final Clock clock;
  private final List<AgentSnapshot> rows = new ArrayList<>();
  private final ListDataProvider<AgentSnapshot> provider =
      new ListDataProvider<>(rows) {
        @Override
        public Object getId(AgentSnapshot item) {
          return item.id();
        }
      };

  public AgentBoard(Clock clock) {
    this.clock = clock;
    setId("agent-grid");
    addClassName("agent-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    setAllRowsVisible(false);
    addColumn(AgentSnapshot::displayName)
        .setHeader("Agent")
        .setFlexGrow(2)
        .setSortable(true)
        .setComparator(Comparator.comparing(AgentSnapshot::displayName));
    addComponentColumn(AgentBoard::stateChip)
        .setHeader("State")
        .setFlexGrow(2)
        .setComparator(Comparator.comparing(AgentSnapshot::state));
    addComponentColumn(this::timeInState)
        .setHeader("Time in state")
        .setFlexGrow(1)
        .setComparator(Comparator.comparing(AgentSnapshot::since).reversed());
    addColumn(AgentBoard::lines).setHeader("Lines").setFlexGrow(3);
    addColumn(agent -> agent.statistics().handled())
        .setHeader("Handled")
        .setFlexGrow(0)
        .setWidth("7rem")
        .setComparator(Comparator.comparingInt(agent -> agent.statistics().handled()));
    addColumn(AgentBoard::averageHandleTime).setHeader("AHT").setFlexGrow(0).setWidth("6rem");
    addColumn(AgentBoard::skills).setHeader("Skills").setFlexGrow(2);
    setItems(provider);
  }

  /** Shows an agent's latest snapshot: a new row, a changed row, or a removed one. */
  public void show(AgentSnapshot agent) {
    int index = indexOf(agent.id());
    boolean gone = agent.state() == AgentState.LOGGED_OUT;
    if (index >= 0 && gone) {
      rows.remove(index);
    } else if (index >= 0) {
      rows.set(index, agent);
    } else if (!gone) {
      rows.add(agent);
      rows.sort(Comparator.comparing(AgentSnapshot::displayName));
    }
  }

  /** Redraws after a batch of {@link #show} calls. */
  public void redraw() {
    provider.refreshAll();
  }

  /** The agents shown, in order. */
  public List<AgentSnapshot> shown() {
    return List.copyOf(rows);
  }

  private int indexOf(AgentId id) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static Span stateChip(AgentSnapshot agent) {
    Span chip = new Span(Formats.state(agent.state(), agent.awayReason()));
    chip.setClassName("state-chip " + Formats.stateClass(agent.state()));
    return chip;
  }

  private ElapsedClock timeInState(AgentSnapshot agent) {
    ElapsedClock elapsed = new ElapsedClock();
    elapsed.countUpFrom(agent.since(), clock.instant());
    return elapsed;
  }

  static String lines(AgentSnapshot agent) {
    if (agent.contacts().isEmpty()) {
      return "—";
    }
    return agent.contacts().stream().map(AgentBoard::describe).collect(Collectors.joining("; "));
  }

  static String averageHandleTime(AgentSnapshot agent) {
    return agent.statistics().handled() == 0
        ? "—"
        : Formats.clock(agent.statistics().averageHandleTime());
  }

  /** "billing 4 · spanish 3", by name. */
  static String skills(AgentSnapshot agent) {
    return agent.skills().isEmpty()
        ? "—"
        : new TreeMap<>(agent.skills())
            .entrySet().stream()
                .map(skill -> skill.getKey() + " " + skill.getValue())
                .collect(Collectors.joining(" · "));
  }

  private static String describe(ContactSnapshot contact) {
    String caller = contact.caller().map(Object::toString).orElse("withheld");
    return caller + " (" + contact.queue() + ", " + Formats.title(contact.state()) + ")";
  }

  /** The agent shown for an id, for tests. */
  Optional<AgentSnapshot> row(AgentId id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
  }
}
