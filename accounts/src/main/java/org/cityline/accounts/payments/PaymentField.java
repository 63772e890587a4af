package org.cityline.accounts.payments;

import org.cityline.accounts.PaymentMethod;

/**
 * One detail of a card or bank account, entered on its own (a caller keys them one prompt at a
 * time). The first field of a method starts a new payment token; the others add to it.
 */
public enum PaymentField {
  /** 13 to 19 digits with a Luhn check digit; starts a card. */
  CARD_NUMBER(PaymentMethod.CARD, true),
  /** MMYY. */
  CARD_EXPIRY(PaymentMethod.CARD, false),
  /** 3 digits, 4 for American Express. */
  CARD_SECURITY_CODE(PaymentMethod.CARD, false),
  /** The card's billing ZIP code, five digits. */
  BILLING_ZIP(PaymentMethod.CARD, false),
  /** Nine digits with an ABA checksum; starts a bank account. */
  ROUTING_NUMBER(PaymentMethod.BANK, true),
  /** 4 to 17 digits. */
  BANK_ACCOUNT_NUMBER(PaymentMethod.BANK, false);

  private final PaymentMethod method;
  private final boolean starts;

  PaymentField(PaymentMethod method, boolean starts) {
    this.method = method;
    this.starts = starts;
  }

  /** Card or bank. */
  public PaymentMethod method() {
    return method;
  }

  /** Whether entering it starts a new payment method (and token). */
  public boolean startsMethod() {
    return starts;
  }

  /** Every field a payment by this method needs before it can be charged. */
  public static java.util.EnumSet<PaymentField> required(PaymentMethod method) {
    return switch (method) {
      case CARD -> java.util.EnumSet.of(CARD_NUMBER, CARD_EXPIRY, CARD_SECURITY_CODE, BILLING_ZIP);
      case BANK -> java.util.EnumSet.of(ROUTING_NUMBER, BANK_ACCOUNT_NUMBER);
      case CASH, CHECK ->
          throw new IllegalArgumentException(method + " payments are not taken by a gateway");
    };
  }
}
