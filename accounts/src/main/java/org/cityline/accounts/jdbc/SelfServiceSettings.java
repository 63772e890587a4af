package org.cityline.accounts.jdbc;

import java.util.Optional;
import org.cityline.accounts.FieldNotifier;
import org.cityline.accounts.arrangements.ArrangementPolicy;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.online.ResetPolicy;
import org.cityline.accounts.payments.PaymentGateway;
import org.cityline.accounts.payments.PaymentLimits;

/**
 * What a city chooses for self-service account changes.
 *
 * @param gateway the card and bank processor; empty for the sandbox gateway (over this database)
 * @param paymentLimits the smallest and largest payment
 * @param arrangements the arrangement and extension rules
 * @param resets limits and the page for password-reset links
 * @param messaging how messages reach customers (the sandbox outbox by default)
 * @param fieldNotifier how field staff hear of cancelled disconnects
 */
public record SelfServiceSettings(
    Optional<PaymentGateway> gateway,
    PaymentLimits paymentLimits,
    ArrangementPolicy arrangements,
    ResetPolicy resets,
    Messaging messaging,
    FieldNotifier fieldNotifier) {

  public SelfServiceSettings {
    if (gateway == null
        || paymentLimits == null
        || arrangements == null
        || resets == null
        || messaging == null
        || fieldNotifier == null) {
      throw new IllegalArgumentException(
          "self-service settings need every part (Optional.empty() for the sandbox gateway)");
    }
  }

  /** The sandbox gateway, default limits and rules, links on {@code resetLinkBase}. */
  public static SelfServiceSettings sandbox(
      String resetLinkBase, Messaging messaging, FieldNotifier fieldNotifier) {
    return new SelfServiceSettings(
        Optional.empty(),
        PaymentLimits.defaults(),
        ArrangementPolicy.defaults(),
        ResetPolicy.defaults(resetLinkBase),
        messaging,
        fieldNotifier);
  }
}
