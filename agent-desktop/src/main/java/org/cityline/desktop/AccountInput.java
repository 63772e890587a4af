package org.cityline.desktop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.cityline.accounts.Money;

/**
 * Reads what an agent typed into an account form (amounts, dates, days, counts) and says, in words
 * fit to show them, what is wrong with it. Nothing is guessed: "25" and "25.00" are amounts, "$25",
 * "25,00", "-5" and "1e3" are not.
 */
public final class AccountInput {

  private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

  private AccountInput() {}

  /** What was read, or what is wrong with it. */
  public sealed interface Read<T> {
    /** The value read. */
    record Value<T>(T value) implements Read<T> {}

    /** The problem, in words for the agent. */
    record Problem<T>(String message) implements Read<T> {}
  }

  /** An amount of dollars between {@code least} and {@code most}. */
  public static Read<Money> amount(String field, String text, Money least, Money most) {
    if (text == null || text.isBlank()) {
      return new Read.Problem<>(field + " is empty.");
    }
    String typed = text.strip();
    if (!AMOUNT.matcher(typed).matches()) {
      return new Read.Problem<>(field + " must be dollars and cents, like 25.00.");
    }
    Money money = Money.ofCents(new BigDecimal(typed).movePointRight(2).longValueExact());
    if (money.compareTo(least) < 0) {
      return new Read.Problem<>(field + " must be at least $" + least + ".");
    }
    if (money.compareTo(most) > 0) {
      return new Read.Problem<>(field + " must be at most $" + most + ".");
    }
    return new Read.Value<>(money);
  }

  /** A date written YYYY-MM-DD, from {@code today} to {@code daysAhead} days later. */
  public static Read<LocalDate> date(String field, String text, LocalDate today, int daysAhead) {
    if (text == null || text.isBlank()) {
      return new Read.Problem<>(field + " is empty.");
    }
    String typed = text.strip();
    LocalDate date;
    try {
      if (!DATE.matcher(typed).matches()) {
        throw new DateTimeParseException("not YYYY-MM-DD", typed, 0);
      }
      date = LocalDate.parse(typed);
    } catch (DateTimeParseException e) {
      return new Read.Problem<>(field + " must be a date written YYYY-MM-DD, like " + today + ".");
    }
    if (date.isBefore(today)) {
      return new Read.Problem<>(field + " cannot be in the past.");
    }
    if (date.isAfter(today.plusDays(daysAhead))) {
      return new Read.Problem<>(field + " is at most " + daysAhead + " days ahead.");
    }
    return new Read.Value<>(date);
  }

  /** A whole number from {@code least} to {@code most}. */
  public static Read<Integer> number(String field, String text, int least, int most) {
    if (text == null || text.isBlank()) {
      return new Read.Problem<>(field + " is empty.");
    }
    String typed = text.strip();
    if (!NUMBER.matcher(typed).matches()) {
      return new Read.Problem<>(
          field + " must be a whole number from " + least + " to " + most + ".");
    }
    int value = Integer.parseInt(typed);
    if (value < least || value > most) {
      return new Read.Problem<>(
          field + " must be a whole number from " + least + " to " + most + ".");
    }
    return new Read.Value<>(value);
  }
}
