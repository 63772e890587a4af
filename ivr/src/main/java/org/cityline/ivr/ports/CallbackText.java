package org.cityline.ivr.ports;

import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/** The text confirming a callback, in the caller's language. */
public final class CallbackText {

  /** The message's purpose, for logs and the sandbox outbox. */
  public static final String PURPOSE = "callback-confirmation";

  private CallbackText() {}

  /** "City Utilities will call you back at (217) 555-0142; your place in line is kept." */
  public static String body(Language language, PhoneNumber number) {
    String shown = shown(number);
    return switch (language) {
      case ENGLISH ->
          "City Utilities will call you back at " + shown + "; your place in line is kept.";
      case SPANISH ->
          "Servicios Públicos de la Ciudad le devolverá la llamada al "
              + shown
              + "; se mantiene su lugar en la fila.";
    };
  }

  /** A North American number as (NPA) NXX-XXXX; any other as dialed (E.164). */
  private static String shown(PhoneNumber number) {
    String e164 = number.e164();
    if (e164.matches("\\+1[0-9]{10}")) {
      return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
    }
    return e164;
  }
}
