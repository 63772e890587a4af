package org.cityline.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cityline.accounts.Money;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

/** The IVR's keys: defaults that never close, hours and limits a city sets, bad values named. */
class IvrConfigTest {

  private static IvrConfig load(Map<String, String> environment) {
    return CitylineConfig.from(ConfigLoader.load(null, environment)).ivr();
  }

  @Test
  void byDefaultThePhonesAreAnsweredAroundTheClockAndPaymentsAreOneToFiveThousandDollars() {
    IvrConfig ivr = load(Map.of());

    assertThat(ivr.hours().isOpen(new QueueId("billing"), Instant.parse("2026-03-02T09:00:00Z")))
        .isTrue();
    assertThat(ivr.paymentLimits().minimum()).isEqualTo(Money.ofCents(100));
    assertThat(ivr.paymentLimits().maximum()).isEqualTo(Money.ofCents(500_000));
    assertThat(ivr.holdCheckBack()).isEqualTo(Duration.ofSeconds(60));
    assertThat(ivr.resetLinkUrl()).isEqualTo("http://localhost:8080/account/reset");
    assertThat(ivr.flowFile()).isEmpty();
  }

  @Test
  void aCitySetsItsHoursHolidaysAndLimits() {
    IvrConfig ivr =
        load(
            Map.of(
                "CITYLINE_CITY_TIME_ZONE", "America/Denver",
                "CITYLINE_IVR_BUSINESS_HOURS", "MON-FRI 07:00-19:00; SAT 08:00-12:00",
                "CITYLINE_IVR_HOLIDAYS", "2026-07-03",
                "CITYLINE_IVR_PAYMENT_MAXIMUM", "2500.00"));

    QueueId billing = new QueueId("billing");
    assertThat(ivr.hours().isOpen(billing, Instant.parse("2026-03-02T15:00:00Z")))
        .as("8 AM in Denver on a Monday")
        .isTrue();
    assertThat(ivr.hours().isOpen(billing, Instant.parse("2026-03-03T03:00:00Z"))).isFalse();
    assertThat(ivr.hours().isOpen(billing, Instant.parse("2026-07-03T17:00:00Z")))
        .as("a holiday")
        .isFalse();
    assertThat(ivr.hours().isOpen(new QueueId("emergency"), Instant.parse("2026-07-03T08:00:00Z")))
        .isTrue();
    assertThat(ivr.paymentLimits().maximum()).isEqualTo(Money.ofCents(250_000));
  }

  @Test
  void badIvrValuesAreNamedWithTheirKeys() {
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "CITYLINE_IVR_BUSINESS_HOURS", "WEEKDAYS 9-5",
                        "CITYLINE_IVR_PAYMENT_MINIMUM", "a dollar",
                        "CITYLINE_IVR_HOLD_CHECK_BACK", "1s",
                        "CITYLINE_IVR_FLOW_FILE", "/no/such/city.flow")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ivr.business-hours")
        .hasMessageContaining("ivr.payment-minimum")
        .hasMessageContaining("ivr.hold-check-back")
        .hasMessageContaining("ivr.flow-file");
  }
}
