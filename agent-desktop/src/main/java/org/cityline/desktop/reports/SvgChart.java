package org.cityline.desktop.reports;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG text: grouped bars (one colour per series) over labelled
 * categories, with a y axis from 0 to the largest value. Labels are escaped; nothing typed by a
 * user is drawn unescaped.
 */
public final class SvgChart {

  /**
   * A series of values, one per category.
   *
   * @param name shown in the legend
   * @param colour a CSS colour (from the code, never typed)
   * @param values one per category
   */
  public record Series(String name, String colour, List<Double> values) {}

  private static final int WIDTH = 960;
  private static final int HEIGHT = 260;
  private static final int LEFT = 44;
  private static final int BOTTOM = 40;
  private static final int TOP = 24;

  private SvgChart() {}

  /**
   * The chart.
   *
   * @param title the chart's accessible title
   * @param categories labels along the x axis (a label every few categories when many)
   * @param series the bars
   */
  public static String bars(String title, List<String> categories, List<Series> series) {
    double max = 1;
    for (Series s : series) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    int n = Math.max(1, categories.size());
    double slot = (WIDTH - LEFT - 10.0) / n;
    double bar = Math.min(48, Math.max(1, (slot - 2) / Math.max(1, series.size())));
    int plot = HEIGHT - BOTTOM - TOP;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                + " role=\"img\" class=\"report-chart\"><title>%s</title>",
            WIDTH,
            HEIGHT,
            escape(title)));
    svg.append(line(LEFT, TOP, LEFT, TOP + plot))
        .append(line(LEFT, TOP + plot, WIDTH - 10, TOP + plot));
    svg.append(text(LEFT - 4, TOP + 4, "end", format(max)));
    svg.append(text(LEFT - 4, TOP + plot, "end", "0"));
    int every = Math.max(1, n / 12);
    for (int c = 0; c < categories.size(); c++) {
      double x0 = LEFT + 1 + c * slot;
      for (int s = 0; s < series.size(); s++) {
        List<Double> values = series.get(s).values();
        double v = c < values.size() ? values.get(c) : 0;
        double h = plot * v / max;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s:"
                    + " %s</title></rect>",
                x0 + s * bar,
                TOP + plot - h,
                bar,
                h,
                escape(series.get(s).colour()),
                escape(categories.get(c)),
                escape(series.get(s).name()),
                format(v)));
      }
      if (c % every == 0) {
        svg.append(text(x0, TOP + plot + 16, "start", categories.get(c)));
      }
    }
    for (int s = 0; s < series.size(); s++) {
      int x = LEFT + 10 + s * 150;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
              x,
              HEIGHT - 14,
              escape(series.get(s).colour())));
      svg.append(text(x + 14, HEIGHT - 5, "start", series.get(s).name()));
    }
    return svg.append("</svg>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>",
        x1,
        y1,
        x2,
        y2);
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#444\">%s</text>",
        x,
        y,
        anchor,
        escape(text));
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Text made safe inside SVG markup. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
