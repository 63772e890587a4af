package org.cityline.app.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.Money;
import org.cityline.accounts.payments.PaymentLimits;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.routing.QueueId;

/**
 * The IVR's self-service settings: when people answer the phones, payment limits, how often a
 * waiting caller hears their place, where password-reset links lead, how messages are sent.
 *
 * @param hours business hours, holidays and the queues answered around the clock
 * @param paymentLimits the smallest and largest payment by phone
 * @param holdCheckBack how often a waiting caller hears their position
 * @param resetLinkUrl the page a password-reset link opens
 * @param messaging how text messages and e-mails go out: {@code sandbox} (kept, not sent)
 * @param flowFile a city's own call flow, instead of the built-in one
 */
public record IvrConfig(
    BusinessHours hours,
    PaymentLimits paymentLimits,
    Duration holdCheckBack,
    String resetLinkUrl,
    String messaging,
    Optional<Path> flowFile) {

  static IvrConfig from(Settings settings, ZoneId zone, String webBaseUrl) {
    Set<QueueId> alwaysOpen = new LinkedHashSet<>();
    for (String queue : settings.text("ivr.always-open-queues").split(",")) {
      if (!queue.isBlank()) {
        try {
          alwaysOpen.add(new QueueId(queue.strip()));
        } catch (IllegalArgumentException e) {
          settings.problem("ivr.always-open-queues", e.getMessage(), null);
        }
      }
    }
    BusinessHours hours;
    try {
      hours =
          BusinessHours.parse(
              zone, settings.text("ivr.business-hours"), settings.text("ivr.holidays"), alwaysOpen);
    } catch (IllegalArgumentException e) {
      hours = settings.problem("ivr.business-hours", e.getMessage(), BusinessHours.always(zone));
    }
    return new IvrConfig(
        hours,
        limits(settings),
        settings.duration("ivr.hold-check-back", Duration.ofSeconds(15), Duration.ofMinutes(10)),
        resetLink(settings, webBaseUrl),
        settings.choice("ivr.messaging", "sandbox"),
        flowFile(settings));
  }

  private static Optional<Path> flowFile(Settings settings) {
    Optional<String> text = settings.optionalText("ivr.flow-file");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Path path = Path.of(text.get());
    if (!Files.isReadable(path)) {
      return settings.problem("ivr.flow-file", "must be a readable flow file", Optional.empty());
    }
    return Optional.of(path);
  }

  private static PaymentLimits limits(Settings settings) {
    Money minimum = money(settings, "ivr.payment-minimum", Money.ofCents(100));
    Money maximum = money(settings, "ivr.payment-maximum", Money.ofCents(500_000));
    try {
      return new PaymentLimits(minimum, maximum);
    } catch (IllegalArgumentException e) {
      return settings.problem("ivr.payment-maximum", e.getMessage(), PaymentLimits.defaults());
    }
  }

  private static Money money(Settings settings, String key, Money fallback) {
    try {
      Money amount = Money.parse(settings.text(key));
      return amount.isPositive()
          ? amount
          : settings.problem(key, "must be a positive amount such as 1.00", fallback);
    } catch (IllegalArgumentException e) {
      return settings.problem(key, "must be an amount of dollars such as 5000.00", fallback);
    }
  }

  private static String resetLink(Settings settings, String webBaseUrl) {
    Optional<URI> configured = settings.optionalHttpUrl("ivr.reset-link-url");
    return configured.map(URI::toString).orElse(webBaseUrl + "/account/reset");
  }
}
