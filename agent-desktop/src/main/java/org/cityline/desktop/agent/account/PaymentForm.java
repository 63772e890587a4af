package org.cityline.desktop.agent.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentOutcome;
import org.cityline.accounts.payments.PaymentPort;
import org.cityline.accounts.payments.PaymentRequest;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.common.ContactId;
import org.cityline.desktop.AccountInput;

/**
 * Taking a card or bank payment: the amount, then the card (number, expiry MMYY, security code,
 * billing ZIP) or bank (routing and account numbers) in masked fields. Each detail goes straight to
 * the payment gateway, which answers with a token; the fields are emptied at once, whatever the
 * answer, and no digit is ever shown back, drafted, stored or logged: the agent sees only whether
 * the payment was approved and its confirmation number.
 */
class PaymentForm extends Div {

  static final String DIGITS_ONLY = "Card and bank numbers are digits only; nothing was sent.";

  private final PaymentPort payments;
  private final AccountWork.Context context;
  private final TextField amount = new TextField("Amount ($)");
  private final Select<PaymentMethod> method = new Select<>();
  private final Map<PaymentField, PasswordField> fields = new LinkedHashMap<>();
  private final Button pay = new Button("Take payment");

  PaymentForm(PaymentPort payments, AccountWork.Context context) {
    this.payments = payments;
    this.context = context;
    String suffix = context.suffix();
    amount.setId("pay-amount" + suffix);
    method.setLabel("Method");
    method.setId("pay-method" + suffix);
    method.setItems(PaymentMethod.CARD, PaymentMethod.BANK);
    method.setItemLabelGenerator(m -> m == PaymentMethod.CARD ? "Card" : "Bank account");
    method.setValue(PaymentMethod.CARD);
    method.addValueChangeListener(change -> showFieldsOf(change.getValue()));
    field(PaymentField.CARD_NUMBER, "Card number", "pay-card-number");
    field(PaymentField.CARD_EXPIRY, "Expiry (MMYY)", "pay-card-expiry");
    field(PaymentField.CARD_SECURITY_CODE, "Security code", "pay-card-code");
    field(PaymentField.BILLING_ZIP, "Billing ZIP", "pay-card-zip");
    field(PaymentField.ROUTING_NUMBER, "Routing number", "pay-routing");
    field(PaymentField.BANK_ACCOUNT_NUMBER, "Bank account number", "pay-bank-account");
    pay.setId("pay-button" + suffix);
    pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    pay.addClickListener(click -> takePayment());
    addClassName("account-form");
    add(amount, method);
    fields.values().forEach(this::add);
    add(pay);
    showFieldsOf(PaymentMethod.CARD);
  }

  private void field(PaymentField field, String label, String id) {
    PasswordField input = new PasswordField(label);
    input.setId(id + context.suffix());
    input.setRevealButtonVisible(false);
    input.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    fields.put(field, input);
  }

  private void showFieldsOf(PaymentMethod chosen) {
    fields.forEach((field, input) -> input.setVisible(field.method() == chosen));
  }

  private void wipe() {
    fields.values().forEach(PasswordField::clear);
  }

  private void takePayment() {
    try {
      Money money;
      switch (AccountInput.amount(
          "The amount",
          amount.getValue(),
          payments.limits().minimum(),
          payments.limits().maximum())) {
        case AccountInput.Read.Problem<Money> problem -> {
          context.refused(problem.message());
          return;
        }
        case AccountInput.Read.Value<Money> value -> money = value.value();
      }
      PaymentMethod chosen = method.getValue();
      List<PaymentField> needed =
          fields.keySet().stream().filter(field -> field.method() == chosen).toList();
      for (PaymentField field : needed) {
        String typed = fields.get(field).getValue();
        if (typed == null || typed.isBlank()) {
          context.refused(fields.get(field).getLabel() + " is empty; nothing was sent.");
          return;
        }
        if (!typed.strip().chars().allMatch(Character::isDigit)
            || typed.strip().length() > SensitiveDigits.MAX_LENGTH) {
          context.refused(DIGITS_ONLY);
          return;
        }
      }
      Optional<PaymentToken> token = Optional.empty();
      for (PaymentField field : needed) {
        EntryResult entered;
        try (SensitiveDigits digits = SensitiveDigits.of(fields.get(field).getValue().strip())) {
          entered = payments.enter(token, field, digits);
        }
        switch (entered) {
          case EntryResult.Accepted accepted -> token = Optional.of(accepted.token());
          case EntryResult.Invalid invalid -> {
            context.refused(fields.get(field).getLabel() + ": " + invalid.reason() + ".");
            return;
          }
          case EntryResult.Unavailable unavailable -> {
            context.refused("The payment gateway is not answering; try again shortly.");
            return;
          }
        }
      }
      PaymentOutcome outcome = payments.pay(request(money, token.orElseThrow()));
      report(outcome);
    } finally {
      wipe();
    }
  }

  private PaymentRequest request(Money money, PaymentToken token) {
    AccountNumber account = context.account();
    Optional<ContactId> contact = Optional.of(context.contact());
    IdempotencyKey key = new IdempotencyKey("agent:" + UUID.randomUUID());
    return new PaymentRequest(
        key,
        account,
        money,
        token,
        PaymentChannel.AGENT,
        contact,
        context.actor(),
        Instant.now(context.clock()));
  }

  private void report(PaymentOutcome outcome) {
    switch (outcome) {
      case PaymentOutcome.Approved approved -> {
        amount.clear();
        context.done(
            "Payment of $"
                + approved.amount()
                + " approved, confirmation "
                + approved.confirmation()
                + (approved.disconnectCancelled()
                    ? "; the pending disconnect is cancelled."
                    : "."));
      }
      case PaymentOutcome.Declined declined ->
          context.refused("The payment was declined: " + declined.reason() + ".");
      case PaymentOutcome.Failed failed ->
          context.refused("The payment failed: " + failed.reason() + ".");
      case PaymentOutcome.Refused refused ->
          context.refused("The payment was refused: " + refused.reason() + ".");
      case PaymentOutcome.Unconfirmed unconfirmed ->
          context.refused(
              "The gateway has not confirmed the payment yet; do not take it again. "
                  + unconfirmed.reason());
    }
  }
}
