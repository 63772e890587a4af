package org.cityline.accounts.desk;

import java.util.regex.Pattern;

/**
 * Where the customer's mail goes, when not to the service address.
 *
 * @param street number and street, 1 to 120 characters
 * @param unit apartment or unit, up to 20 characters, or empty
 * @param city 1 to 60 characters
 * @param state two capital letters
 * @param zip five digits
 */
public record MailingAddress(String street, String unit, String city, String state, String zip) {

  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
  private static final Pattern ZIP = Pattern.compile("[0-9]{5}");

  public MailingAddress {
    street = text("a street", street, 1, 120);
    unit = text("a unit", unit == null ? "" : unit, 0, 20);
    city = text("a city", city, 1, 60);
    if (state == null || !STATE.matcher(state).matches()) {
      throw new IllegalArgumentException("a state is two capital letters, like NM");
    }
    if (zip == null || !ZIP.matcher(zip).matches()) {
      throw new IllegalArgumentException("a ZIP code is five digits");
    }
  }

  private static String text(String what, String value, int least, int most) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    String kept = value.strip();
    if (kept.length() < least || kept.length() > most) {
      throw new IllegalArgumentException(what + " is " + least + " to " + most + " characters");
    }
    if (kept.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(what + " cannot hold control characters");
    }
    return kept;
  }

  /** One line: "300 Mesa Rd Apt 2, Cityline, NM 87104". */
  public String oneLine() {
    return (unit.isEmpty() ? street : street + " " + unit) + ", " + city + ", " + state + " " + zip;
  }
}
