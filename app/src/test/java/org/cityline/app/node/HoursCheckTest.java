package org.cityline.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.config.QueueFile;
import org.junit.jupiter.api.Test;

/** The start-up comparison of the IVR's hours with the queues' hours in routing. */
class HoursCheckTest {

  private static final ZoneId CITY = ZoneId.of("America/Denver");

  /** The example queue file: six business queues keep office hours. */
  private static QueueDirectory officeHours() throws IOException {
    String text =
        Files.readString(
            Path.of("..", "docs", "queues.example.properties"), StandardCharsets.UTF_8);
    return QueueFile.parse(text, QueueDefinition.billing());
  }

  private static BusinessHours ivr(String week) {
    return BusinessHours.parse(CITY, week, "", Set.of(new QueueId("emergency")));
  }

  @Test
  void theBuiltInQueuesAreOpenWheneverTheIvrIs() {
    assertThat(HoursCheck.mismatches(ivr("MON-SUN 00:00-24:00"), QueueDirectory.defaults(), CITY))
        .isEmpty();
  }

  @Test
  void anIvrAnsweringAroundTheClockIsOutOfStepWithTheSixQueuesKeepingOfficeHours()
      throws IOException {
    var found = HoursCheck.mismatches(ivr("MON-SUN 00:00-24:00"), officeHours(), CITY);

    assertThat(found)
        .hasSize(6)
        .allSatisfy(line -> assertThat(line).contains("on MON at 00:00"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("queue billing is closed on MON at 00:00")
                    .contains("mon 07:00-19:00"));
  }

  @Test
  void theSameOfficeHoursOnBothSidesAreInStep() throws IOException {
    assertThat(
            HoursCheck.mismatches(ivr("MON-FRI 07:00-19:00; SAT 08:00-13:00"), officeHours(), CITY))
        .isEmpty();
  }

  @Test
  void anIvrOpenAnHourLongerNamesTheFirstClosedQuarterHour() throws IOException {
    var found =
        HoursCheck.mismatches(ivr("MON-FRI 07:00-20:00; SAT 08:00-13:00"), officeHours(), CITY);

    assertThat(found).hasSize(6).allSatisfy(line -> assertThat(line).contains("on MON at 19:00"));
  }
}
