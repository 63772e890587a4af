package org.cityline.desktop.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.common.Language;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;

/**
 * How the desktop writes amounts, dates, times and states: always US English with an explicit
 * locale and zone, never the server's defaults.
 */
public final class Formats {

  /** The desktop's locale for amounts and dates. */
  public static final Locale LOCALE = Locale.US;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a", LOCALE);

  private Formats() {}

  /** "$1,234.50"; a credit reads "-$12.00". */
  public static String money(Money amount) {
    return amount.format(LOCALE);
  }

  /** "Mar 14, 2026". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "9:04:17 AM" in the given zone. */
  public static String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }

  /** "English", "Spanish". */
  public static String language(Language language) {
    return language.locale().getDisplayLanguage(LOCALE);
  }

  /** "Available", "Away · Lunch", "On call". */
  public static String state(AgentState state, Optional<AwayReason> reason) {
    String name =
        switch (state) {
          case LOGGED_OUT -> "Signed out";
          case AVAILABLE -> "Available";
          case RESERVED -> "Ringing";
          case ON_CALL -> "On call";
          case ON_HOLD -> "On hold";
          case WRAP_UP -> "Wrap-up";
          case AWAY -> "Away";
        };
    return state == AgentState.AWAY && reason.isPresent()
        ? name + " · " + reason(reason.get())
        : name;
  }

  /** "Lunch", "After-call work", "Missed an offer". */
  public static String reason(AwayReason reason) {
    return switch (reason) {
      case BREAK -> "Break";
      case LUNCH -> "Lunch";
      case TRAINING -> "Training";
      case MEETING -> "Meeting";
      case AFTER_CALL_WORK -> "After-call work";
      case MISSED_OFFER -> "Missed an offer";
      case SIGNED_IN -> "Just signed in";
    };
  }

  /** A CSS class naming the state, for its colour ("state-on-call"). */
  public static String stateClass(AgentState state) {
    return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A program as the utility names it: "Budget Billing", "SurePay", "e-bill". */
  public static String program(Program program) {
    return switch (program) {
      case BUDGET_BILLING -> "Budget Billing";
      case SUREPAY -> "SurePay";
      case SELECT_DUE_DATE -> "Select-Due-Date";
      case EBILL -> "e-bill";
    };
  }

  /** A span of time as a clock reads it: "0:42", "4:05", "1:02:10". */
  public static String clock(Duration span) {
    long seconds = Math.max(0, span.toSeconds());
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format(LOCALE, "%d:%02d:%02d", hours, minutes, rest)
        : String.format(LOCALE, "%d:%02d", minutes, rest);
  }

  /** A share from 0 to 1 as a whole percentage: 0.857 reads "86%". */
  public static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A name in title case from an enum constant: SOLID_WASTE reads "Solid waste". */
  public static String title(Enum<?> constant) {
    String words = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
