package org.cityline.ivr.prompts;

import java.time.LocalDate;

/**
 * US Spanish wording: "ciento un dólares con veintiún centavos", "lunes 2 de marzo". Before a
 * masculine noun ("dólar", "centavo", "mil") "uno" becomes "un" and "veintiuno" "veintiún".
 */
public final class SpanishSpeech implements Speech {

  static final SpanishSpeech INSTANCE = new SpanishSpeech();

  private static final String[] UNITS = {
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve"
  };
  private static final String[] TENS = {
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
  };
  private static final String[] HUNDREDS = {
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos"
  };
  private static final String[] WEEKDAYS = {
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"
  };
  private static final String[] MONTHS = {
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre"
  };

  private SpanishSpeech() {}

  @Override
  public String amount(long cents) {
    return Wording.amount(
        cents,
        this::dollars,
        rest -> count(rest, "centavo", "centavos"),
        " con ",
        words -> words + " a su favor");
  }

  @Override
  public String date(LocalDate date) {
    int day = date.getDayOfMonth();
    return WEEKDAYS[date.getDayOfWeek().ordinal()]
        + " "
        + (day == 1 ? "primero" : Integer.toString(day))
        + " de "
        + MONTHS[date.getMonthValue() - 1];
  }

  @Override
  public String digits(String digits) {
    return Wording.eachDigit(digits, UNITS);
  }

  @Override
  public String number(long value) {
    if (value <= -1_000_000_000_000L || value >= 1_000_000_000_000L) {
      throw new IllegalArgumentException("numbers are worded below a trillion; got " + value);
    }
    return value < 0 ? "menos " + words(-value, false) : words(value, false);
  }

  /** "un millón de dólares" takes "de" after whole millions; other amounts do not. */
  private String dollars(long dollars) {
    String noun = dollars == 1 ? "dólar" : "dólares";
    boolean wholeMillions = dollars >= 1_000_000 && dollars % 1_000_000 == 0;
    return words(dollars, true) + (wholeMillions ? " de " : " ") + noun;
  }

  private String count(long value, String one, String many) {
    return words(value, true) + " " + (value == 1 ? one : many);
  }

  /**
   * A number in words; {@code apocope} shortens a final "uno" to "un" (before a masculine noun).
   */
  private static String words(long value, boolean apocope) {
    if (value == 0) {
      return UNITS[0];
    }
    long millions = value / 1_000_000;
    long thousands = value / 1000 % 1000;
    int units = (int) (value % 1000);
    StringBuilder words = new StringBuilder();
    if (millions > 0) {
      words.append(millions == 1 ? "un millón" : words(millions, true) + " millones");
    }
    if (thousands > 0) {
      if (!words.isEmpty()) {
        words.append(' ');
      }
      words.append(thousands == 1 ? "mil" : belowThousand((int) thousands, true) + " mil");
    }
    if (units > 0) {
      if (!words.isEmpty()) {
        words.append(' ');
      }
      words.append(belowThousand(units, apocope));
    }
    return words.toString();
  }

  private static String belowThousand(int value, boolean apocope) {
    if (value == 100) {
      return "cien";
    }
    if (value < 100) {
      return belowHundred(value, apocope);
    }
    String hundreds = HUNDREDS[value / 100];
    return value % 100 == 0 ? hundreds : hundreds + " " + belowHundred(value % 100, apocope);
  }

  private static String belowHundred(int value, boolean apocope) {
    String words;
    if (value < 30) {
      words = UNITS[value];
    } else {
      words = value % 10 == 0 ? TENS[value / 10] : TENS[value / 10] + " y " + UNITS[value % 10];
    }
    if (apocope && words.endsWith("veintiuno")) {
      return words.substring(0, words.length() - "veintiuno".length()) + "veintiún";
    }
    if (apocope && words.endsWith("uno")) {
      return words.substring(0, words.length() - 1);
    }
    return words;
  }
}
