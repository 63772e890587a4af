package org.cityline.routing;

import java.util.regex.Pattern;

/**
 * One disposition an agent may choose at wrap-up.
 *
 * @param code the stable code stored with the contact ("payment-arrangement"): 1 to 40 lower-case
 *     letters, digits or dashes
 * @param label what the agent reads ("Payment arrangement")
 */
public record DispositionCode(String code, String label) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public DispositionCode {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a disposition code is 1 to 40 lower-case letters, digits or dashes; got " + code);
    }
    if (label == null || label.isBlank() || label.length() > 80) {
      throw new IllegalArgumentException("disposition " + code + " needs a label of 1 to 80 chars");
    }
  }
}
