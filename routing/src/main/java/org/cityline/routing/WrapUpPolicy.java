package org.cityline.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a wrap-up must hold: a disposition code from the configured list and a note that fits. The
 * note is cleaned (trimmed, line ends made {@code \n}); control characters are refused, and so is
 * anything that looks like a card number, which must never reach the database.
 */
public final class WrapUpPolicy {

  /** The longest note by default, in characters. */
  public static final int DEFAULT_MOST_NOTE_CHARS = 4_000;

  private static final int MOST_CODE_CHARS = 40;
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d)+");

  private final Map<String, DispositionCode> codes = new LinkedHashMap<>();
  private final int mostNoteChars;
  private final boolean noteRequired;

  /**
   * @param codes the dispositions agents choose from, in the order they are shown
   * @param mostNoteChars the longest note, 1 to 20,000 characters
   * @param noteRequired whether a blank note is refused
   */
  public WrapUpPolicy(List<DispositionCode> codes, int mostNoteChars, boolean noteRequired) {
    if (codes == null || codes.isEmpty()) {
      throw new IllegalArgumentException("wrap-up needs at least one disposition code");
    }
    for (DispositionCode code : codes) {
      if (this.codes.putIfAbsent(code.code(), code) != null) {
        throw new IllegalArgumentException("disposition code " + code.code() + " is listed twice");
      }
    }
    if (mostNoteChars < 1 || mostNoteChars > 20_000) {
      throw new IllegalArgumentException("the longest note is 1 to 20,000 chars: " + mostNoteChars);
    }
    this.mostNoteChars = mostNoteChars;
    this.noteRequired = noteRequired;
  }

  /** A utility's usual dispositions, notes required, at most 4,000 characters. */
  public static WrapUpPolicy defaults() {
    return new WrapUpPolicy(
        List.of(
            new DispositionCode("billing-question", "Billing question"),
            new DispositionCode("payment-taken", "Payment taken"),
            new DispositionCode("payment-arrangement", "Payment arrangement or extension"),
            new DispositionCode("high-bill-complaint", "High bill complaint"),
            new DispositionCode("service-order", "Service order (turn-on, turn-off, re-read)"),
            new DispositionCode("start-stop-transfer", "Start, stop or transfer service"),
            new DispositionCode("program-enrolment", "Program enrolment or question"),
            new DispositionCode("outage-report", "Outage or emergency report"),
            new DispositionCode("account-update", "Account or contact details updated"),
            new DispositionCode("transferred", "Transferred or escalated"),
            new DispositionCode("callback-promised", "Callback promised"),
            new DispositionCode("other", "Other (say what in the note)")),
        DEFAULT_MOST_NOTE_CHARS,
        true);
  }

  /** The dispositions, in the order they are shown. */
  public List<DispositionCode> codes() {
    return List.copyOf(codes.values());
  }

  /** The outcome of checking a wrap-up. */
  public sealed interface Checked {}

  /** Fit to store: the code and the cleaned note. */
  public record Valid(String code, String note) implements Checked {}

  /** Not fit, with why in words for the agent. */
  public record Invalid(String reason) implements Checked {}

  /** Checks a disposition and a note as the agent entered them. */
  public Checked check(String disposition, String note) {
    String code = disposition == null ? "" : disposition.strip();
    if (code.isEmpty()) {
      return new Invalid("Choose a disposition.");
    }
    if (code.length() > MOST_CODE_CHARS) {
      return new Invalid("A disposition code is at most " + MOST_CODE_CHARS + " characters.");
    }
    if (!codes.containsKey(code)) {
      return new Invalid(
          "'"
              + code
              + "' is not a disposition; choose one of "
              + String.join(", ", codes.keySet()));
    }
    Checked checkedNote = checkNote(note, mostNoteChars, noteRequired);
    return checkedNote instanceof Valid valid ? new Valid(code, valid.note()) : checkedNote;
  }

  /**
   * Checks a note as an agent typed it (a wrap-up note, a transfer note): cleaned of surrounding
   * space with line ends made {@code \n}; refused when blank (if required), too long, holding
   * control characters or anything that looks like a card number. A valid answer has an empty code.
   */
  public static Checked checkNote(String note, int mostChars, boolean required) {
    String cleaned = note == null ? "" : note.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (cleaned.isEmpty() && required) {
      return new Invalid("Write a note about the contact.");
    }
    int length = cleaned.codePointCount(0, cleaned.length());
    if (length > mostChars) {
      return new Invalid(
          "The note is " + length + " characters; at most " + mostChars + " are kept.");
    }
    if (cleaned.codePoints().anyMatch(WrapUpPolicy::forbidden)) {
      return new Invalid("The note holds control characters; type it as plain text.");
    }
    if (looksLikeCardNumber(cleaned)) {
      return new Invalid(
          "The note seems to hold a card number. Card and bank numbers must never be written in"
              + " notes; remove it.");
    }
    return new Valid("", cleaned);
  }

  private static boolean forbidden(int codePoint) {
    if (codePoint == '\n' || codePoint == '\t') {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.SURROGATE;
  }

  /** A run of 13 to 19 digits (spaces or dashes between them allowed) that passes Luhn's check. */
  static boolean looksLikeCardNumber(String text) {
    Matcher run = DIGIT_RUN.matcher(text);
    while (run.find()) {
      String digits = run.group().replaceAll("[ -]", "");
      if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
        return true;
      }
    }
    return false;
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
