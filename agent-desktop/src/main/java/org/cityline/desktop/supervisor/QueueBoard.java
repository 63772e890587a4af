package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.Formats;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;

/**
 * One tile per queue: how many callers wait, how long the oldest has waited (ticking in the
 * browser), the queue's agents by state and the day's figures against the queue's goal (see {@link
 * QueueFigures}). Tiles are updated in place as snapshots arrive.
 */
public class QueueBoard extends Div {

  private final Map<QueueId, Tile> tiles = new LinkedHashMap<>();

  public QueueBoard() {
    setId("queue-board");
    addClassName("queue-board");
  }

  /**
   * Shows a queue's latest figures, adding its tile the first time. The longest wait is counted
   * from {@code now} minus the snapshot's figure, so it may read late by the time the event took to
   * arrive (one batching window at most); the browser then ticks it on.
   */
  public void show(QueueSnapshot queue, Instant now) {
    tiles
        .computeIfAbsent(
            queue.id(),
            id -> {
              Tile tile = new Tile(id);
              add(tile);
              return tile;
            })
        .show(queue, now);
  }

  /** How many queues are shown. */
  public int size() {
    return tiles.size();
  }

  private static final class Tile extends Div {
    private final Span name = new Span();
    private final Span waiting = new Span();
    private final ElapsedClock longest = new ElapsedClock();
    private final Div wait = new Div(new Span("Longest wait "), longest);
    private final Span noWait = new Span("No one waiting");
    private final Span agents = new Span();
    private final Span closed = new Span("Closed");
    private final QueueFigures figures;

    Tile(QueueId id) {
      figures = new QueueFigures(id);
      String prefix = "queue-" + id.value();
      setId(prefix);
      addClassName("queue-tile");
      name.addClassName("queue-name");
      waiting.setId(prefix + "-waiting");
      waiting.addClassName("queue-waiting");
      longest.setId(prefix + "-longest");
      agents.setId(prefix + "-agents");
      agents.addClassName("queue-agents");
      Span waitingLabel = new Span("waiting");
      waitingLabel.addClassName("queue-label");
      wait.addClassName("queue-longest");
      noWait.addClassName("queue-longest");
      closed.setId(prefix + "-closed");
      closed.addClassName("queue-closed");
      Div heading = new Div(name, closed);
      heading.addClassName("queue-heading");
      add(heading, new Div(waiting, waitingLabel), wait, noWait, agents, figures);
    }

    void show(QueueSnapshot queue, Instant now) {
      name.setText(queue.name());
      waiting.setText(String.valueOf(queue.waiting()));
      setClassName("queue-tile " + mood(queue));
      closed.setVisible(!queue.open());
      figures.show(queue.statistics());
      if (queue.waiting() > 0) {
        longest.countUpFrom(now.minus(queue.longestWait()), now);
        wait.setVisible(true);
        noWait.setVisible(false);
      } else {
        longest.clear();
        wait.setVisible(false);
        noWait.setVisible(true);
      }
      agents.setText(
          queue.agentsByState().isEmpty()
              ? "No agents signed in"
              : queue.agentsByState().entrySet().stream()
                  .filter(entry -> entry.getValue() > 0)
                  .sorted(Map.Entry.comparingByKey())
                  .map(
                      entry ->
                          Formats.state(entry.getKey(), java.util.Optional.empty())
                              + " "
                              + entry.getValue())
                  .collect(Collectors.joining(" · ")));
    }

    /** Red when the day's service level is below its goal, amber with callers waiting. */
    private static String mood(QueueSnapshot queue) {
      if (!queue.statistics().meetsTarget()) {
        return "queue-behind";
      }
      return queue.waiting() > 0 ? "queue-busy" : "queue-calm";
    }
  }
}
