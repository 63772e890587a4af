package org.cityline.desktop.reports;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.ui.Access;
import org.cityline.desktop.ui.DesktopLayout;
import org.cityline.desktop.ui.DesktopRoutes;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueInterval;

/**
 * The supervisor's reports for a day: the 15-minute intervals as a chart and a table, the daily
 * summary per queue and per agent with IVR containment, each exportable as CSV; and the Erlang C
 * staffing calculator.
 */
@Route(value = DesktopRoutes.REPORTS, layout = DesktopLayout.class)
@PageTitle("Reports · Cityline")
public class ReportsView extends Div implements BeforeEnterObserver {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final DesktopServices services;
  private final DatePicker day = new DatePicker("Day");
  private final Div chart = new Div();
  private final Div queueChart = new Div();
  private final Div agentChart = new Div();
  private final Grid<QueueInterval> intervals = new Grid<>();
  private final Grid<Map.Entry<String, QueueCounts>> queues = new Grid<>();
  private final Grid<Map.Entry<String, DailyReport.AgentDay>> agents = new Grid<>();
  private final Span containment = new Span();
  private final TextField calls = new TextField("Calls per 15 minutes");
  private final TextField aht = new TextField("Handle time (s)");
  private final TextField level = new TextField("Service level (%)");
  private final TextField within = new TextField("Answered within (s)");
  private final Span staffing = new Span();
  private DailyReport report;

  public ReportsView(DesktopServices services) {
    this.services = services;
    addClassName("reports-view");
    ZoneId zone = services.clock().getZone();
    day.setId("report-day");
    day.setLocale(Locale.US);
    day.setValue(LocalDate.ofInstant(services.clock().instant(), zone));
    Button show = new Button("Show", click -> load());
    show.setId("report-show");
    chart.setId("report-chart");
    queueChart.setId("report-queue-chart");
    agentChart.setId("report-agent-chart");
    intervals.setId("report-intervals");
    intervals.addColumn(r -> HOUR.format(r.start().atZone(zone))).setHeader("Interval");
    intervals.addColumn(r -> r.queue().value()).setHeader("Queue");
    addFigureColumns(intervals, QueueInterval::counts);
    intervals.setAllRowsVisible(true);
    queues.setId("report-queues");
    queues.addColumn(Map.Entry::getKey).setHeader("Queue");
    addFigureColumns(queues, Map.Entry::getValue);
    queues.setAllRowsVisible(true);
    agents.setId("report-agents");
    agents.addColumn(Map.Entry::getKey).setHeader("Agent");
    agents.addColumn(e -> e.getValue().answered()).setHeader("Answered");
    agents
        .addColumn(e -> Figures.average(e.getValue().averageHandleTime(), e.getValue().answered()))
        .setHeader("AHT");
    agents.setAllRowsVisible(true);
    containment.setId("report-containment");
    Anchor intervalCsv =
        csv("intervals.csv", () -> Csv.intervals(report.intervals(), zone), "report-intervals-csv");
    Anchor dailyCsv = csv("daily.csv", () -> Csv.daily(report), "report-daily-csv");
    intervalCsv.setText("Intervals as CSV");
    dailyCsv.setText("Daily summary as CSV");

    calls.setId("staffing-calls");
    aht.setId("staffing-aht");
    level.setId("staffing-level");
    within.setId("staffing-within");
    level.setValue("80");
    within.setValue("30");
    for (TextField f : List.of(calls, aht, level, within)) {
      f.setMaxLength(7);
    }
    Button calculate = new Button("Agents needed", click -> calculate());
    calculate.setId("staffing-calculate");
    staffing.setId("staffing-answer");

    add(
        new H2("Reports"),
        row(day, show, intervalCsv, dailyCsv),
        new H3("15-minute intervals (offered and answered, every queue)"),
        chart,
        intervals,
        new H3("The day per queue"),
        queueChart,
        queues,
        new H3("The day per agent"),
        agentChart,
        agents,
        new Div(new Span("IVR containment: "), containment),
        new H3("Staffing calculator (Erlang C)"),
        row(calls, aht, level, within, calculate),
        staffing);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Access.gate(
            event,
            user -> user.maySupervise() || services.console().leads().isLead(user.username()),
            "Reports are for supervisors.")
        .ifPresent(user -> load());
  }

  /** Loads the chosen day. */
  void load() {
    LocalDate chosen = day.getValue();
    if (chosen == null) {
      Notices.refused("Choose a day.");
      return;
    }
    Instant[] span = DailyReport.span(chosen, services.clock().getZone());
    List<QueueInterval> rows = services.console().intervals().between(span[0], span[1]);
    report =
        DailyReport.of(
            chosen,
            rows,
            services.contactHistory().endedBetween(span[0], span[1], DailyReport.MAX_CONTACTS));
    intervals.setItems(report.intervals());
    queues.setItems(List.copyOf(report.perQueue().entrySet()));
    agents.setItems(List.copyOf(report.perAgent().entrySet()));
    containment.setText(
        report.ivrContainment().isEmpty()
            ? "—"
            : Math.round(report.ivrContainment().getAsDouble()) + "%");
    draw(chart, chartSvg(report, services.clock().getZone()));
    draw(queueChart, queueSvg(report));
    draw(agentChart, agentSvg(report));
  }

  /** Puts SVG in the page inside a div, so the browser parses it as SVG. */
  private static void draw(Div into, String svg) {
    into.removeAll();
    into.add(new Html("<div>" + svg + "</div>"));
  }

  /** The day per queue: offered, answered and abandoned bars. */
  static String queueSvg(DailyReport report) {
    List<Map.Entry<String, QueueCounts>> rows = List.copyOf(report.perQueue().entrySet());
    return SvgChart.bars(
        "Calls per queue on " + report.day(),
        rows.stream().map(Map.Entry::getKey).toList(),
        List.of(
            new SvgChart.Series(
                "Offered",
                "#1676f3",
                rows.stream().map(e -> (double) e.getValue().offered()).toList()),
            new SvgChart.Series(
                "Answered",
                "#2e9e5b",
                rows.stream().map(e -> (double) e.getValue().answered()).toList()),
            new SvgChart.Series(
                "Abandoned",
                "#d9453d",
                rows.stream().map(e -> (double) e.getValue().abandoned()).toList())));
  }

  /** The day per agent: answered contacts and average handle time in minutes. */
  static String agentSvg(DailyReport report) {
    List<Map.Entry<String, DailyReport.AgentDay>> rows = List.copyOf(report.perAgent().entrySet());
    return SvgChart.bars(
        "Contacts answered per agent on " + report.day(),
        rows.stream().map(Map.Entry::getKey).toList(),
        List.of(
            new SvgChart.Series(
                "Answered",
                "#2e9e5b",
                rows.stream().map(e -> (double) e.getValue().answered()).toList()),
            new SvgChart.Series(
                "AHT (minutes)",
                "#8a5cf6",
                rows.stream()
                    .map(e -> e.getValue().averageHandleTime().toSeconds() / 60.0)
                    .toList())));
  }

  /** Fields and buttons side by side, lined up at their bottoms. */
  static Div row(com.vaadin.flow.component.Component... parts) {
    Div row = new Div(parts);
    row.getStyle()
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("gap", "var(--lumo-space-m)")
        .set("align-items", "baseline");
    return row;
  }

  /** The interval chart's SVG. */
  static String chartSvg(DailyReport report, ZoneId zone) {
    List<String> labels =
        report.perInterval().stream().map(r -> HOUR.format(r.start().atZone(zone))).toList();
    List<Double> offered =
        report.perInterval().stream().map(r -> (double) r.counts().offered()).toList();
    List<Double> answered =
        report.perInterval().stream().map(r -> (double) r.counts().answered()).toList();
    List<Double> abandoned =
        report.perInterval().stream().map(r -> (double) r.counts().abandoned()).toList();
    return SvgChart.bars(
        "Calls per 15 minutes on " + report.day(),
        labels,
        List.of(
            new SvgChart.Series("Offered", "#1676f3", offered),
            new SvgChart.Series("Answered", "#2e9e5b", answered),
            new SvgChart.Series("Abandoned", "#d9453d", abandoned)));
  }

  /** The report shown now. */
  public DailyReport report() {
    return report;
  }

  private void calculate() {
    switch (StaffingCalculator.agentsNeeded(
        calls.getValue(), aht.getValue(), level.getValue(), within.getValue())) {
      case StaffingCalculator.Answer.Agents a ->
          staffing.setText(
              a.agents()
                  + " agents ("
                  + String.format(Locale.ROOT, "%.1f", a.serviceLevel())
                  + "% answered within "
                  + within.getValue().strip()
                  + " s)");
      case StaffingCalculator.Answer.Problem p -> {
        staffing.setText("");
        Notices.refused(p.message());
      }
    }
  }

  private static <T> void addFigureColumns(
      Grid<T> grid, java.util.function.Function<T, QueueCounts> counts) {
    grid.addColumn(r -> Figures.of(counts.apply(r)).offered()).setHeader("Offered");
    grid.addColumn(r -> Figures.of(counts.apply(r)).answered()).setHeader("Answered");
    grid.addColumn(r -> Figures.of(counts.apply(r)).abandoned()).setHeader("Abandoned");
    grid.addColumn(r -> Figures.of(counts.apply(r)).serviceLevelText()).setHeader("Service level");
    grid.addColumn(r -> Figures.of(counts.apply(r)).averageSpeedOfAnswerText()).setHeader("ASA");
    grid.addColumn(r -> Figures.of(counts.apply(r)).averageHandleTimeText()).setHeader("AHT");
  }

  private Anchor csv(String name, Supplier<String> content, String id) {
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes =
                      (report == null ? "" : content.get()).getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes), name, "text/csv", bytes.length);
                }),
            AttachmentType.DOWNLOAD,
            name);
    anchor.setId(id);
    return anchor;
  }
}
