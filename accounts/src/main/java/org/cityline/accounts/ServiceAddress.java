package org.cityline.accounts;

/**
 * Where the city delivers service (and where a meter reader or field crew goes).
 *
 * @param street number and street, e.g. "1420 Juniper Ave"
 * @param unit apartment or unit, or empty
 * @param city city name
 * @param state two-letter state
 * @param zip five-digit ZIP code
 */
public record ServiceAddress(String street, String unit, String city, String state, String zip) {

  public ServiceAddress {
    if (zip == null || !zip.matches("[0-9]{5}")) {
      throw new IllegalArgumentException("a ZIP code is five digits");
    }
    unit = unit == null ? "" : unit;
  }

  /** One line, as shown on a screen pop: "1420 Juniper Ave Apt 3, Cityline, NM 87101". */
  public String oneLine() {
    String first = unit.isBlank() ? street : street + " " + unit;
    return first + ", " + city + ", " + state + " " + zip;
  }
}
