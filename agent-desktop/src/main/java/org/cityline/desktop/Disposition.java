package org.cityline.desktop;

import java.util.regex.Pattern;

/**
 * A disposition code an agent picks when wrapping up a contact: what the contact was about and how
 * it ended ("billing-question": "Billing question answered").
 *
 * @param code the stable code stored with the wrap-up: 1 to 40 lower-case letters, digits and
 *     dashes
 * @param label what the agent reads in the list: 1 to 80 characters of plain text
 */
public record Disposition(String code, String label) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public Disposition {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a disposition code is 1 to 40 lower-case letters, digits and dashes; got "
              + (code == null ? "nothing" : "'" + PlainText.abbreviate(code) + "'"));
    }
    PlainText.check("A disposition label", label, 80)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem + " (disposition " + code + ")");
            });
  }
}
