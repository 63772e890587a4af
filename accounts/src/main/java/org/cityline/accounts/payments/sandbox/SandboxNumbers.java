package org.cityline.accounts.payments.sandbox;

import java.util.List;
import org.cityline.accounts.payments.SensitiveDigits;

/**
 * The sandbox gateway's documented test numbers. Any other valid card number or bank account
 * approves; these select another behaviour. (They are public test numbers, like every processor's;
 * no real card or bank account has them.)
 *
 * <table>
 *   <caption>Test cards (any future expiry, any security code of the right length)</caption>
 *   <tr><th>number</th><th>brand</th><th>behaviour</th></tr>
 *   <tr><td>4111 1111 1111 1111</td><td>Visa</td><td>approves</td></tr>
 *   <tr><td>5555 5555 5555 4444</td><td>Mastercard</td><td>approves</td></tr>
 *   <tr><td>3782 822463 10005</td><td>American Express (4-digit code)</td><td>approves</td></tr>
 *   <tr><td>6011 1111 1111 1117</td><td>Discover</td><td>approves</td></tr>
 *   <tr><td>4000 0000 0000 0002</td><td>Visa</td><td>declined</td></tr>
 *   <tr><td>4000 0000 0000 9995</td><td>Visa</td><td>declined, insufficient funds</td></tr>
 *   <tr><td>4000 0000 0000 0119</td><td>Visa</td><td>processor unavailable, nothing charged</td></tr>
 *   <tr><td>4000 0000 0000 0259</td><td>Visa</td><td>charged, answer lost (a timeout)</td></tr>
 * </table>
 *
 * <p>Billing ZIP {@value #ZIP_MISMATCH} declines any card ("the ZIP code does not match").
 *
 * <p>Bank accounts: any routing number with a valid ABA checksum (011000015, 021000021, 111000025);
 * account {@value #BANK_DECLINE} is declined, {@value #BANK_FUNDS} declined for insufficient funds,
 * {@value #BANK_FAIL} finds the processor unavailable; any other account of 4 to 17 digits
 * approves.
 */
public final class SandboxNumbers {

  public static final String VISA = "4111111111111111";
  public static final String MASTERCARD = "5555555555554444";
  public static final String AMERICAN_EXPRESS = "378282246310005";
  public static final String DISCOVER = "6011111111111117";
  public static final String CARD_DECLINED = "4000000000000002";
  public static final String CARD_NO_FUNDS = "4000000000009995";
  public static final String CARD_PROCESSOR_DOWN = "4000000000000119";
  public static final String CARD_ANSWER_LOST = "4000000000000259";
  public static final String ZIP_MISMATCH = "99999";

  public static final String ROUTING = "021000021";
  public static final String BANK_ACCOUNT = "000123456789";
  public static final String BANK_DECLINE = "000000000002";
  public static final String BANK_FUNDS = "000000009995";
  public static final String BANK_FAIL = "000000000119";

  /** Every test card number above. */
  public static final List<String> CARDS =
      List.of(
          VISA,
          MASTERCARD,
          AMERICAN_EXPRESS,
          DISCOVER,
          CARD_DECLINED,
          CARD_NO_FUNDS,
          CARD_PROCESSOR_DOWN,
          CARD_ANSWER_LOST);

  private SandboxNumbers() {}

  static SandboxBehaviour ofCard(SensitiveDigits number) {
    if (number.matches(CARD_DECLINED)) {
      return SandboxBehaviour.DECLINE;
    }
    if (number.matches(CARD_NO_FUNDS)) {
      return SandboxBehaviour.DECLINE_FUNDS;
    }
    if (number.matches(CARD_PROCESSOR_DOWN)) {
      return SandboxBehaviour.FAIL;
    }
    if (number.matches(CARD_ANSWER_LOST)) {
      return SandboxBehaviour.LOSE_ANSWER;
    }
    return SandboxBehaviour.APPROVE;
  }

  static SandboxBehaviour ofBankAccount(SensitiveDigits account) {
    if (account.matches(BANK_DECLINE)) {
      return SandboxBehaviour.DECLINE;
    }
    if (account.matches(BANK_FUNDS)) {
      return SandboxBehaviour.DECLINE_FUNDS;
    }
    if (account.matches(BANK_FAIL)) {
      return SandboxBehaviour.FAIL;
    }
    return SandboxBehaviour.APPROVE;
  }
}
