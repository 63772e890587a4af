package org.cityline.ivr.ports;

import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.messaging.OutboundMessage;
import org.cityline.common.PhoneNumber;
import org.cityline.ivr.flow.PortCall;
import org.cityline.ivr.flow.PortResult;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.cityline.routing.WaitEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routing: a caller into a queue, where they stand while waiting, and a callback that keeps it. */
public final class RoutingCalls {

  private static final Logger log = LoggerFactory.getLogger(RoutingCalls.class);

  private final RoutingService routing;
  private final CustomerInformation customers;
  private final Messaging texts;

  public RoutingCalls(RoutingService routing, CustomerInformation customers, Messaging texts) {
    this.routing = routing;
    this.customers = customers;
    this.texts = texts;
  }

  public PortResult enqueue(PortCall.Enqueue enqueue) {
    ContactRequest request = enqueue.request();
    RoutingResult result = routing.enqueue(request);
    return switch (result) {
      case RoutingResult.Done done ->
          PortResult.of("queued", "Sent to the " + request.queue() + " queue");
      case RoutingResult.Refused refused -> {
        if (routing.contact(request.id()).isPresent()) {
          // A retried enqueue of a contact routing already holds: it is queued.
          yield PortResult.of("queued", "Sent to the " + request.queue() + " queue");
        }
        log.warn(
            "routing refused contact {} for queue {}: {}",
            request.id(),
            request.queue(),
            refused.reason());
        yield PortResult.of(
            "refused",
            "Routing refused the transfer to " + request.queue() + ": " + refused.reason());
      }
    };
  }

  public PortResult estimate(PortCall.EstimateWait estimate) {
    Optional<WaitEstimate> found = routing.waitEstimate(estimate.contact());
    if (found.isEmpty()) {
      return new PortResult("unknown", Map.of(), Optional.empty(), false, false, Optional.empty());
    }
    long seconds = found.get().estimatedWait().toSeconds();
    long minutes = Math.max(1, (seconds + 59) / 60);
    return new PortResult(
        "known",
        Map.of(
            "queue-position", Integer.toString(found.get().position()),
            "wait-minutes", Long.toString(minutes)),
        Optional.empty(),
        false,
        false,
        Optional.empty());
  }

  public PortResult findCallbackNumber(PortCall.FindCallbackNumber find) {
    Optional<PhoneNumber> number = find.account().flatMap(this::phoneOnFile).or(find::caller);
    if (number.isEmpty()) {
      return PortResult.of("none", "No number on file for a callback");
    }
    String e164 = number.get().e164();
    return PortResult.withValues(
        "found",
        Map.of("callback-number", e164, "callback-last4", e164.substring(e164.length() - 4)),
        "Offered a callback");
  }

  public PortResult requestCallback(PortCall.RequestCallback request) {
    Optional<PhoneNumber> number = PhoneNumber.parse(request.number());
    if (number.isEmpty() || request.number().length() < 10) {
      return PortResult.of("invalid", "Keyed a callback number that is not a phone number");
    }
    RoutingResult result = routing.requestCallback(request.contact(), number.get());
    String e164 = number.get().e164();
    return switch (result) {
      case RoutingResult.Done done ->
          PortResult.withValues(
              "scheduled",
              Map.of("callback-last4", e164.substring(e164.length() - 4)),
              "Asked for a callback at "
                  + e164
                  + ", keeping the place in line; "
                  + confirmByText(request, number.get()));
      case RoutingResult.Refused refused ->
          PortResult.of("refused", "Callback refused by routing: " + refused.reason());
    };
  }

  private Optional<PhoneNumber> phoneOnFile(AccountNumber account) {
    return customers.findByNumber(account).flatMap(AccountSummary::phoneOnFile);
  }

  /**
   * Texts the caller that the callback is booked. A text that cannot be sent is logged and noted in
   * the trail; the callback stands either way.
   */
  private String confirmByText(PortCall.RequestCallback request, PhoneNumber number) {
    OutboundMessage text =
        new OutboundMessage(
            new Destination.TextMessage(number),
            CallbackText.body(request.language(), number),
            request.language(),
            CallbackText.PURPOSE);
    try {
      return switch (texts.send(text)) {
        case MessageResult.Sent sent -> "confirmation texted";
        case MessageResult.Failed failed -> {
          log.warn(
              "callback for contact {} booked, but its confirmation text was not sent: {}",
              request.contact(),
              failed.reason());
          yield "confirmation text not sent";
        }
      };
    } catch (RuntimeException e) {
      log.warn(
          "callback for contact {} booked, but texting its confirmation failed ({})",
          request.contact(),
          e.getClass().getName());
      return "confirmation text not sent";
    }
  }
}
