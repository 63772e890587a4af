package org.cityline.desktop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.desktop.ConsoleServices;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.ui.DesktopViewTest;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsViewTest extends DesktopViewTest {

  private final List<QueueInterval> stored = new ArrayList<>(ReportsTest.rows());

  @BeforeEach
  void aDayOfIntervals() {
    IntervalStore store =
        new IntervalStore() {
          @Override
          public void save(List<QueueInterval> intervals) {
            stored.addAll(intervals);
          }

          @Override
          public List<QueueInterval> between(Instant from, Instant to) {
            return stored.stream()
                .filter(r -> !r.start().isBefore(from) && r.start().isBefore(to))
                .toList();
          }
        };
    fixture.history.recordEnded(
        ReportsTest.contact("self-service", Optional.empty(), ReportsTest.NINE));
    fixture.history.recordEnded(
        ReportsTest.contact("answered", Optional.of("rep"), ReportsTest.NINE));
    VaadinService.getCurrent()
        .getContext()
        .setAttribute(
            DesktopServices.class,
            fixture.services.withConsole(
                ConsoleServices.defaults(fixture.clock).withIntervals(store)));
  }

  private void showDay() {
    find(DatePicker.class)
        .id("report-day")
        .setValue(ReportsTest.NINE.atZone(fixture.clock.getZone()).toLocalDate());
    test(find(Button.class).id("report-show")).click();
  }

  @Test
  void aRepresentativeCannotOpenReports() {
    signedInAs("rep");

    navigate("reports", AgentView.class);

    assertThat(notifications()).contains("Reports are for supervisors.");
  }

  @Test
  void aSupervisorSeesTheDayAsAChartTablesAndContainment() {
    signedInAs("sup");
    navigate(ReportsView.class);

    showDay();

    ReportsView view = find(ReportsView.class).single();
    assertThat(view.report().intervals()).hasSize(3);
    assertThat(view.report().perQueue()).containsKeys("billing", "payments");
    assertThat(textOf("report-containment")).isEqualTo("50%");
    assertThat(find(Html.class).all())
        .hasSize(3)
        .allSatisfy(chart -> assertThat(chart.getInnerHtml()).contains("<svg").contains("<rect"));
    assertThat(ReportsView.queueSvg(view.report())).contains("payments").contains("billing");
    assertThat(ReportsView.agentSvg(view.report())).contains(">rep<");
  }

  @Test
  void theStaffingCalculatorShowsAgentsOrAClearRefusal() {
    signedInAs("sup");
    navigate(ReportsView.class);
    find(TextField.class).id("staffing-calls").setValue("50");
    find(TextField.class).id("staffing-aht").setValue("180");
    find(TextField.class).id("staffing-within").setValue("20");

    test(find(Button.class).id("staffing-calculate")).click();
    assertThat(textOf("staffing-answer")).startsWith("14 agents (88.");

    find(TextField.class).id("staffing-calls").setValue("lots");
    test(find(Button.class).id("staffing-calculate")).click();
    assertThat(notifications()).contains("Forecast calls is a whole number from 0 to 100000.");
    assertThat(textOf("staffing-answer")).isEmpty();
  }
}
