package org.cityline.ivr.prompts;

import java.time.LocalDate;

/** US English wording: "one hundred five dollars and one cent", "Monday, March 2". */
public final class EnglishSpeech implements Speech {

  static final EnglishSpeech INSTANCE = new EnglishSpeech();

  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private EnglishSpeech() {}

  @Override
  public String amount(long cents) {
    return Wording.amount(
        cents,
        dollars -> count(dollars, "dollar", "dollars"),
        rest -> count(rest, "cent", "cents"),
        " and ",
        words -> "a credit of " + words);
  }

  @Override
  public String date(LocalDate date) {
    return WEEKDAYS[date.getDayOfWeek().ordinal()]
        + ", "
        + MONTHS[date.getMonthValue() - 1]
        + " "
        + date.getDayOfMonth();
  }

  @Override
  public String digits(String digits) {
    return Wording.eachDigit(digits, UNITS);
  }

  @Override
  public String number(long value) {
    if (value <= -1_000_000_000_000_000_000L || value >= 1_000_000_000_000_000_000L) {
      throw new IllegalArgumentException("numbers are worded below a quintillion; got " + value);
    }
    if (value < 0) {
      return "minus " + number(-value);
    }
    if (value < 1000) {
      return belowThousand((int) value);
    }
    String[] scales = {"", " thousand", " million", " billion", " trillion", " quadrillion"};
    StringBuilder words = new StringBuilder();
    long divisor = 1_000_000_000_000_000L;
    for (int scale = 5; scale >= 0; scale--, divisor /= 1000) {
      int group = (int) (value / divisor % 1000);
      if (group != 0) {
        if (!words.isEmpty()) {
          words.append(' ');
        }
        words.append(belowThousand(group)).append(scales[scale]);
      }
    }
    return words.toString();
  }

  private String count(long value, String one, String many) {
    return number(value) + " " + (value == 1 ? one : many);
  }

  private static String belowThousand(int value) {
    if (value < 100) {
      return belowHundred(value);
    }
    String hundreds = UNITS[value / 100] + " hundred";
    return value % 100 == 0 ? hundreds : hundreds + " " + belowHundred(value % 100);
  }

  private static String belowHundred(int value) {
    if (value < 20) {
      return UNITS[value];
    }
    return value % 10 == 0 ? TENS[value / 10] : TENS[value / 10] + "-" + UNITS[value % 10];
  }
}
