package org.cityline.accounts.payments;

import java.util.regex.Pattern;
import org.cityline.common.call.CallId;

/**
 * Names one payment request so that asking again (a retried webhook, a node taking over, a double
 * click) gets the first answer instead of a second charge.
 *
 * @param value 8 to 100 of letters, digits, ':', '/', '.', '_' and '-'
 */
public record IdempotencyKey(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9:/._-]{8,100}");

  public IdempotencyKey {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an idempotency key is 8 to 100 letters, digits, ':', '/', '.', '_' or '-'");
    }
  }

  /**
   * The key of a caller's payment attempt in the IVR: the call and the attempt's number in it, so
   * the same confirmation replayed is the same payment and a new try is a new one.
   */
  public static IdempotencyKey forCall(CallId call, int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("payment attempts are counted from 1, was " + attempt);
    }
    return new IdempotencyKey("ivr:" + call + ":pay:" + attempt);
  }

  @Override
  public String toString() {
    return value;
  }
}
