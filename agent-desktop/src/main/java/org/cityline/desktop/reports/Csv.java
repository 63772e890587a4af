package org.cityline.desktop.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityline.routing.QueueInterval;

/**
 * The reports as CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed). A field that
 * starts with =, +, - or @ is prefixed with a quote so a spreadsheet does not run it as a formula.
 */
public final class Csv {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Csv() {}

  /** The interval report: one row per interval and queue. */
  public static String intervals(List<QueueInterval> rows, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        "interval_start",
        "queue",
        "offered",
        "answered",
        "abandoned",
        "service_level_pct",
        "asa_seconds",
        "aht_seconds");
    for (QueueInterval row : rows) {
      queueLine(
          out,
          TIME.format(row.start().atZone(zone)),
          row.queue().value(),
          Figures.of(row.counts()));
    }
    return out.toString();
  }

  /** The daily summary: per queue, the total, per agent, and IVR containment. */
  public static String daily(DailyReport report) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        "scope",
        "name",
        "offered",
        "answered",
        "abandoned",
        "service_level_pct",
        "asa_seconds",
        "aht_seconds");
    for (Map.Entry<String, org.cityline.routing.QueueCounts> q : report.perQueue().entrySet()) {
      queueLine(out, "queue", q.getKey(), Figures.of(q.getValue()));
    }
    queueLine(out, "total", "all queues", Figures.of(report.total()));
    for (Map.Entry<String, DailyReport.AgentDay> a : report.perAgent().entrySet()) {
      line(
          out,
          "agent",
          a.getKey(),
          "",
          Integer.toString(a.getValue().answered()),
          "",
          "",
          "",
          Long.toString(a.getValue().averageHandleTime().toSeconds()));
    }
    line(
        out,
        "ivr_containment_pct",
        "",
        report.ivrContainment().isEmpty()
            ? ""
            : String.format(Locale.ROOT, "%.1f", report.ivrContainment().getAsDouble()),
        "",
        "",
        "",
        "",
        "");
    return out.toString();
  }

  /** A row of figures after its two leading fields (scope and name, or interval and queue). */
  private static void queueLine(StringBuilder out, String scope, String name, Figures f) {
    line(
        out,
        scope,
        name,
        Integer.toString(f.offered()),
        Integer.toString(f.answered()),
        Integer.toString(f.abandoned()),
        f.serviceLevel().isEmpty()
            ? ""
            : String.format(Locale.ROOT, "%.1f", f.serviceLevel().getAsDouble()),
        Long.toString(f.averageSpeedOfAnswer().toSeconds()),
        Long.toString(f.averageHandleTime().toSeconds()));
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields[i]));
    }
    out.append("\r\n");
  }

  /** One field, made safe. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
