package org.cityline.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.ContactRecord;
import org.cityline.common.ContactId;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.junit.jupiter.api.Test;

/** The reports' arithmetic, CSV and SVG, without a page. */
class ReportsTest {

  static final ZoneId ZONE = ZoneId.of("America/Denver");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final Instant NINE = DAY.atTime(9, 0).atZone(ZONE).toInstant();

  /** 10 offered, 8 answered (6 in target), 2 abandoned (1 in target), 80 s waiting, 6 handled. */
  static QueueCounts counts() {
    return new QueueCounts(10, 8, 6, 2, 1, 0, 0, 80_000, 6, 6 * 240_000);
  }

  static List<QueueInterval> rows() {
    return List.of(
        new QueueInterval(new QueueId("billing"), NINE, counts()),
        new QueueInterval(new QueueId("payments"), NINE, counts()),
        new QueueInterval(new QueueId("billing"), NINE.plus(QueueInterval.LENGTH), counts()));
  }

  static ContactRecord contact(String outcome, Optional<String> agent, Instant ended) {
    return new ContactRecord(
        ContactId.random(),
        "voice",
        Optional.empty(),
        Optional.empty(),
        false,
        agent.map(a -> "billing"),
        agent,
        outcome,
        "",
        ended.minusSeconds(400),
        agent.map(a -> ended.minusSeconds(300)),
        ended,
        Optional.empty());
  }

  @Test
  void figuresFromCounts() {
    Figures f = Figures.of(counts());

    assertThat(f.serviceLevelText()).isEqualTo("60%");
    assertThat(f.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(10));
    assertThat(Figures.minutes(f.averageHandleTime())).isEqualTo("4:00");
    assertThat(Figures.of(QueueCounts.ZERO).serviceLevelText()).isEqualTo("—");
    assertThat(f.averageSpeedOfAnswerText()).isEqualTo("0:10");
    assertThat(f.averageHandleTimeText()).isEqualTo("4:00");
  }

  @Test
  void anIntervalWithNothingAnsweredOrWrappedUpShowsNoAverageRatherThanZero() {
    QueueCounts offeredOnly = QueueCounts.offer();
    Figures f = Figures.of(offeredOnly);

    assertThat(f.averageSpeedOfAnswerText()).isEqualTo("—");
    assertThat(f.averageHandleTimeText()).isEqualTo("—");
  }

  @Test
  void theDayAddsIntervalsPerQueuePerIntervalAndInAllAndCountsContainment() {
    DailyReport report =
        DailyReport.of(
            DAY,
            rows(),
            List.of(
                contact("self-service", Optional.empty(), NINE),
                contact("self-service", Optional.empty(), NINE),
                contact("answered", Optional.of("rep"), NINE),
                contact("answered", Optional.of("rep"), NINE.plusSeconds(60))));

    assertThat(report.perQueue().get("billing").offered()).isEqualTo(20);
    assertThat(report.perQueue().get("payments").offered()).isEqualTo(10);
    assertThat(report.total().answered()).isEqualTo(24);
    assertThat(report.perInterval()).hasSize(2);
    assertThat(report.perInterval().getFirst().counts().offered()).isEqualTo(20);
    assertThat(report.ivrContainment()).hasValue(50.0);
    assertThat(report.perAgent().get("rep").answered()).isEqualTo(2);
    assertThat(report.perAgent().get("rep").averageHandleTime()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aDayWithoutContactsHasNoContainmentFigure() {
    assertThat(DailyReport.of(DAY, List.of(), List.of()).ivrContainment()).isEmpty();
  }

  @Test
  void csvHasAHeaderARowPerIntervalAndLocalTimes() {
    String csv = Csv.intervals(rows(), ZONE);

    assertThat(csv.split("\r\n"))
        .hasSize(4)
        .startsWith(
            "interval_start,queue,offered,answered,abandoned,service_level_pct,asa_seconds,aht_seconds")
        .contains("2026-03-02 09:00,billing,10,8,2,60.0,10,240");
  }

  @Test
  void csvFieldsAreQuotedAndFormulasDefused() {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(Csv.field("-12")).isEqualTo("-12");
  }

  @Test
  void dailyCsvHasQueuesTotalAgentsAndContainment() {
    DailyReport report =
        DailyReport.of(DAY, rows(), List.of(contact("answered", Optional.of("rep"), NINE)));

    assertThat(Csv.daily(report))
        .contains("queue,billing,20,16,4,60.0,10,240")
        .contains("total,all queues,30,24,6,60.0,10,240")
        .contains("agent,rep,,1,,,,300")
        .contains("ivr_containment_pct,,0.0");
  }

  @Test
  void theChartHasABarPerIntervalAndSeriesAndEscapesLabels() {
    String svg =
        SvgChart.bars(
            "<b>x</b>",
            List.of("09:00", "09:15"),
            List.of(
                new SvgChart.Series("Offered", "#1676f3", List.of(20.0, 10.0)),
                new SvgChart.Series("Answered", "#2e9e5b", List.of(16.0, 8.0))));

    assertThat(svg).startsWith("<svg").endsWith("</svg>");
    assertThat(svg.split("<rect ", -1)).hasSize(1 + 4 + 2);
    assertThat(svg).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>");
    assertThat(svg).contains("height=\"196.0\"").as("the tallest bar fills the plot");
  }

  @Test
  void theStaffingCalculatorAnswersTheWorkedExample() {
    // 50 calls in 15 minutes at 180 s is the worked example's 10 Erlangs: 14 agents for 80/20.
    assertThat(StaffingCalculator.agentsNeeded("50", "180", "80", "20"))
        .isInstanceOfSatisfying(
            StaffingCalculator.Answer.Agents.class,
            a -> {
              assertThat(a.agents()).isEqualTo(14);
              assertThat(a.serviceLevel()).isBetween(88.0, 89.0);
            });
  }

  @Test
  void theStaffingCalculatorRefusesBadInput() {
    assertThat(StaffingCalculator.agentsNeeded("", "180", "80", "20"))
        .isEqualTo(
            new StaffingCalculator.Answer.Problem(
                "Forecast calls is a whole number from 0 to 100000."));
    assertThat(StaffingCalculator.agentsNeeded("50", "0", "80", "20"))
        .isInstanceOf(StaffingCalculator.Answer.Problem.class);
    assertThat(StaffingCalculator.agentsNeeded("50", "180", "100", "20"))
        .isEqualTo(
            new StaffingCalculator.Answer.Problem(
                "The service level is a whole percentage from 1 to 99."));
    assertThat(StaffingCalculator.agentsNeeded("50", "180", "80", "<script>"))
        .isInstanceOf(StaffingCalculator.Answer.Problem.class);
    assertThat(StaffingCalculator.agentsNeeded("5".repeat(300), "180", "80", "20"))
        .isInstanceOf(StaffingCalculator.Answer.Problem.class);
  }
}
