package org.cityline.accounts.payments;

import java.util.regex.Pattern;

/**
 * A gateway's name for a card or bank account it holds: what Cityline keeps and passes around in
 * place of the digits.
 *
 * @param value 8 to 64 letters, digits, '_' and '-'
 */
public record PaymentToken(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  public PaymentToken {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("a payment token is 8 to 64 letters, digits, '_' or '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
