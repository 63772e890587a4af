package org.cityline.ivr.prompts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityline.common.Language;
import org.cityline.common.call.Prompt;
import org.cityline.common.call.Prompt.Part;

/**
 * Turns {@link PromptLine}s into a {@link Prompt}: the catalog's text split at its placeholders
 * into recorded phrases ({@code balance}, {@code balance-2}, ...) and worded values. Punctuation
 * between values sticks to the part before it, so the text reads naturally ("Your balance is twelve
 * dollars.").
 */
public final class PromptRenderer {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([0-9])\\}");

  private final PromptCatalog catalog;

  public PromptRenderer(PromptCatalog catalog) {
    this.catalog = catalog;
  }

  public PromptCatalog catalog() {
    return catalog;
  }

  /**
   * Renders lines in a language.
   *
   * @param values reads a session value by name
   * @throws IllegalStateException if a text is missing or a value is missing or malformed: a flow
   *     that passed validation and guards its values with branches never does this
   */
  public Prompt render(
      Language language, List<PromptLine> lines, Function<String, Optional<String>> values) {
    List<Part> parts = new ArrayList<>();
    for (PromptLine line : lines) {
      Language spoken = line.inOtherLanguage() ? other(language) : language;
      String text =
          catalog
              .text(spoken, line.id())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "prompt '" + line.id() + "' has no " + spoken.tag() + " text"));
      int first = parts.size();
      appendLine(parts, spoken, line, text, values);
      if (spoken != language) {
        for (int i = first; i < parts.size(); i++) {
          parts.set(i, foreign(spoken, parts.get(i)));
        }
      }
    }
    return new Prompt(language, parts);
  }

  /** Renders one line with no values. */
  public Prompt render(Language language, String id) {
    return render(language, List.of(PromptLine.line(id)), name -> Optional.empty());
  }

  /** The language a caller is not using (Cityline speaks two). */
  public static Language other(Language language) {
    return language == Language.ENGLISH ? Language.SPANISH : Language.ENGLISH;
  }

  /** A part of another language's line: phrases keep their id, values become text in it. */
  private static Part foreign(Language language, Part part) {
    return switch (part) {
      case Part.Phrase phrase -> new Part.ForeignPhrase(language, phrase.id(), phrase.text());
      case Part.ForeignPhrase already -> already;
      case Part.Text text -> text;
      default -> new Part.Text(language, part.text());
    };
  }

  /**
   * What is wrong with a text for a line that gives {@code argCount} values: placeholders out of
   * range, values never said, stray braces. Empty when it is fine.
   */
  public static List<String> problems(String text, int argCount) {
    List<String> problems = new ArrayList<>();
    TreeSet<Integer> used = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      used.add(Integer.parseInt(matcher.group(1)));
    }
    for (int index : used) {
      if (index >= argCount) {
        problems.add("uses {" + index + "} but the step gives " + argCount + " value(s)");
      }
    }
    for (int index = 0; index < argCount; index++) {
      if (!used.contains(index)) {
        problems.add("never says {" + index + "}");
      }
    }
    String rest = PLACEHOLDER.matcher(text).replaceAll("");
    if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
      problems.add("has a brace that is not a placeholder {0} to {9}");
    }
    if (rest.isBlank() && argCount == 0) {
      problems.add("is empty");
    }
    return problems;
  }

  private void appendLine(
      List<Part> parts,
      Language language,
      PromptLine line,
      String text,
      Function<String, Optional<String>> values) {
    Speech speech = Speech.of(language);
    Matcher matcher = PLACEHOLDER.matcher(text);
    int phraseCount = 0;
    int lineStart = parts.size();
    int position = 0;
    String carried = "";
    while (position <= text.length()) {
      boolean found = matcher.find(position);
      String literal = text.substring(position, found ? matcher.start() : text.length()).strip();
      int closing = closingPunctuation(literal);
      if (closing > 0 && parts.size() > lineStart) {
        appendText(parts, literal.substring(0, closing));
        literal = literal.substring(closing).strip();
      }
      if (!literal.isEmpty()) {
        if (literal.chars().noneMatch(Character::isLetterOrDigit)) {
          carried += literal;
        } else {
          phraseCount++;
          String id = phraseCount == 1 ? line.id() : line.id() + "-" + phraseCount;
          parts.add(new Part.Phrase(id, carried + literal));
          carried = "";
        }
      }
      if (!found) {
        break;
      }
      int index = Integer.parseInt(matcher.group(1));
      if (index >= line.args().size()) {
        throw new IllegalStateException(
            "prompt '" + line.id() + "' in " + language.tag() + " uses {" + index + "}");
      }
      Part value = value(speech, line, line.args().get(index), values);
      parts.add(carried.isEmpty() ? value : withText(value, carried + value.text()));
      carried = "";
      position = matcher.end();
    }
  }

  private static Part value(
      Speech speech,
      PromptLine line,
      PromptLine.Arg arg,
      Function<String, Optional<String>> values) {
    String raw =
        values
            .apply(arg.variable())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "prompt '"
                            + line.id()
                            + "' needs the value '"
                            + arg.variable()
                            + "', which the session does not have"));
    try {
      return switch (arg) {
        case PromptLine.Arg.Amount amount -> {
          long cents = Long.parseLong(raw);
          yield new Part.Amount(cents, speech.amount(cents));
        }
        case PromptLine.Arg.Date date -> {
          LocalDate day = LocalDate.parse(raw);
          yield new Part.Date(day, speech.date(day));
        }
        case PromptLine.Arg.Digits digits -> new Part.Digits(raw, speech.digits(raw));
        case PromptLine.Arg.Number number -> {
          long value = Long.parseLong(raw);
          yield new Part.Number(value, speech.number(value));
        }
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalStateException(
          "prompt '" + line.id() + "': the value '" + arg.variable() + "' is malformed", e);
    }
  }

  /** How many characters at the start of a literal close the sentence before it (". ", ", "). */
  private static int closingPunctuation(String literal) {
    int end = 0;
    while (end < literal.length() && ".,;:!?)".indexOf(literal.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  private static void appendText(List<Part> parts, String suffix) {
    int last = parts.size() - 1;
    Part part = parts.get(last);
    parts.set(last, withText(part, part.text() + suffix));
  }

  private static Part withText(Part part, String text) {
    return switch (part) {
      case Part.Phrase phrase -> new Part.Phrase(phrase.id(), text);
      case Part.Amount amount -> new Part.Amount(amount.cents(), text);
      case Part.Date date -> new Part.Date(date.date(), text);
      case Part.Digits digits -> new Part.Digits(digits.digits(), text);
      case Part.Number number -> new Part.Number(number.value(), text);
      case Part.ForeignPhrase foreign ->
          new Part.ForeignPhrase(foreign.language(), foreign.id(), text);
      case Part.Text words -> new Part.Text(words.language(), text);
    };
  }
}
