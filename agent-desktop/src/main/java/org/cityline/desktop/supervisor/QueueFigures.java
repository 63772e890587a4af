package org.cityline.desktop.supervisor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cityline.desktop.ui.Formats;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueStatistics;

/**
 * A queue's figures for the day, as a supervisor reads them to staff the center: service level
 * against its goal (and counting quick abandons), average speed of answer, average handle time,
 * abandons and their rate, occupancy, the average wait Erlang C forecasts for the arrivals and
 * staffing of the last half hour, and callbacks waiting. Each figure has an id ({@code
 * queue-billing-service-level}) so it can be read by tests and screen readers alike.
 */
final class QueueFigures extends Div {

  private final Map<String, Span> values = new LinkedHashMap<>();
  private final Map<String, Span> labels = new LinkedHashMap<>();

  QueueFigures(QueueId queue) {
    addClassName("queue-figures");
    String prefix = "queue-" + queue.value() + "-";
    figure(prefix, "service-level", "Service level");
    figure(prefix, "service-level-abandons", "With quick abandons");
    figure(prefix, "asa", "Avg. speed of answer");
    figure(prefix, "aht", "Avg. handle time");
    figure(prefix, "abandoned", "Abandoned");
    figure(prefix, "occupancy", "Occupancy");
    figure(prefix, "answered", "Answered / offered");
    figure(prefix, "forecast", "Forecast ASA");
  }

  private void figure(String prefix, String key, String label) {
    Span name = new Span(label);
    name.addClassName("figure-label");
    Span value = new Span();
    value.setId(prefix + key);
    value.addClassName("figure-value");
    Div cell = new Div(name, value);
    cell.addClassName("queue-figure");
    add(cell);
    values.put(key, value);
    labels.put(key, name);
  }

  void show(QueueStatistics figures) {
    Span level = values.get("service-level");
    labels.get("service-level").setText("Service level · goal " + figures.target());
    level.setText(figures.serviceLevel().map(Formats::percent).orElse("—"));
    level.setClassName(
        "figure-value"
            + (figures.serviceLevel().isEmpty()
                ? ""
                : figures.meetsTarget() ? " figure-good" : " figure-bad"));
    values
        .get("service-level-abandons")
        .setText(figures.serviceLevelWithAbandons().map(Formats::percent).orElse("—"));
    values
        .get("asa")
        .setText(figures.answered() == 0 ? "—" : Formats.clock(figures.averageSpeedOfAnswer()));
    values
        .get("aht")
        .setText(figures.handled() == 0 ? "—" : Formats.clock(figures.averageHandleTime()));
    values
        .get("abandoned")
        .setText(figures.abandoned() + " (" + Formats.percent(figures.abandonRate()) + ")");
    values.get("occupancy").setText(Formats.percent(figures.occupancy()));
    values.get("answered").setText(figures.answered() + " / " + figures.offered());
    values
        .get("forecast")
        .setText(
            figures.forecastWait().map(Formats::clock).orElse("—")
                + (figures.callbacksWaiting() > 0
                    ? " · " + figures.callbacksWaiting() + " callback(s) waiting"
                    : ""));
  }
}
