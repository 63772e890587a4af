package org.cityline.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.cityline.common.Language;

/**
 * Every amount up to a billion dollars, either sign, reads back to the same number of cents: the
 * words are parsed here by a small independent reader of English and Spanish number words.
 */
class AmountWordsPropertyTest {

  private static final Map<String, Long> ENGLISH =
      Map.ofEntries(
          Map.entry("zero", 0L),
          Map.entry("one", 1L),
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("thirteen", 13L),
          Map.entry("fourteen", 14L),
          Map.entry("fifteen", 15L),
          Map.entry("sixteen", 16L),
          Map.entry("seventeen", 17L),
          Map.entry("eighteen", 18L),
          Map.entry("nineteen", 19L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("sixty", 60L),
          Map.entry("seventy", 70L),
          Map.entry("eighty", 80L),
          Map.entry("ninety", 90L));

  private static final Map<String, Long> SPANISH =
      Map.ofEntries(
          Map.entry("cero", 0L),
          Map.entry("un", 1L),
          Map.entry("uno", 1L),
          Map.entry("dos", 2L),
          Map.entry("tres", 3L),
          Map.entry("cuatro", 4L),
          Map.entry("cinco", 5L),
          Map.entry("seis", 6L),
          Map.entry("siete", 7L),
          Map.entry("ocho", 8L),
          Map.entry("nueve", 9L),
          Map.entry("diez", 10L),
          Map.entry("once", 11L),
          Map.entry("doce", 12L),
          Map.entry("trece", 13L),
          Map.entry("catorce", 14L),
          Map.entry("quince", 15L),
          Map.entry("dieciséis", 16L),
          Map.entry("diecisiete", 17L),
          Map.entry("dieciocho", 18L),
          Map.entry("diecinueve", 19L),
          Map.entry("veinte", 20L),
          Map.entry("veintiún", 21L),
          Map.entry("veintiuno", 21L),
          Map.entry("veintidós", 22L),
          Map.entry("veintitrés", 23L),
          Map.entry("veinticuatro", 24L),
          Map.entry("veinticinco", 25L),
          Map.entry("veintiséis", 26L),
          Map.entry("veintisiete", 27L),
          Map.entry("veintiocho", 28L),
          Map.entry("veintinueve", 29L),
          Map.entry("treinta", 30L),
          Map.entry("cuarenta", 40L),
          Map.entry("cincuenta", 50L),
          Map.entry("sesenta", 60L),
          Map.entry("setenta", 70L),
          Map.entry("ochenta", 80L),
          Map.entry("noventa", 90L),
          Map.entry("cien", 100L),
          Map.entry("ciento", 100L),
          Map.entry("doscientos", 200L),
          Map.entry("trescientos", 300L),
          Map.entry("cuatrocientos", 400L),
          Map.entry("quinientos", 500L),
          Map.entry("seiscientos", 600L),
          Map.entry("setecientos", 700L),
          Map.entry("ochocientos", 800L),
          Map.entry("novecientos", 900L));

  @Property(tries = 3000)
  void englishReadsBack(
      @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long cents) {
    String words = Speech.of(Language.ENGLISH).amount(cents);
    boolean credit = words.startsWith("a credit of ");
    String rest = credit ? words.substring("a credit of ".length()) : words;
    long read = 0;
    for (String part : rest.split(" and ")) {
      if (part.endsWith(" dollars") || part.endsWith(" dollar")) {
        long dollars = english(part.substring(0, part.lastIndexOf(' ')));
        assertThat(part.endsWith(" dollar")).isEqualTo(dollars == 1);
        read += dollars * 100;
      } else {
        long centsRead = english(part.substring(0, part.lastIndexOf(' ')));
        assertThat(part.endsWith(" cent")).isEqualTo(centsRead == 1);
        read += centsRead;
      }
    }
    assertThat(credit ? -read : read).as(words).isEqualTo(cents);
    assertThat(words).doesNotContain("  ").doesNotContain(" and zero");
  }

  @Property(tries = 3000)
  void spanishReadsBack(
      @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long cents) {
    String words = Speech.of(Language.SPANISH).amount(cents);
    boolean credit = words.endsWith(" a su favor");
    String rest = credit ? words.substring(0, words.length() - " a su favor".length()) : words;
    long read = 0;
    for (String part : rest.split(" con ")) {
      if (part.endsWith(" dólares") || part.endsWith(" dólar")) {
        String number = part.substring(0, part.lastIndexOf(' ')).replaceAll(" de$", "");
        long dollars = spanish(number);
        assertThat(part.endsWith(" dólar")).isEqualTo(dollars == 1);
        read += dollars * 100;
      } else {
        long centsRead = spanish(part.substring(0, part.lastIndexOf(' ')));
        assertThat(part.endsWith(" centavo")).isEqualTo(centsRead == 1);
        read += centsRead;
      }
    }
    assertThat(credit ? -read : read).as(words).isEqualTo(cents);
    // "uno" and "veintiuno" shorten before a masculine noun; "de" only after whole millions.
    assertThat(words)
        .doesNotContain("uno dólar")
        .doesNotContain("uno centavo")
        .doesNotContain("uno mil")
        .doesNotContain("uno millones")
        .doesNotContain("  ");
  }

  private static long english(String words) {
    long total = 0;
    long group = 0;
    for (String word : words.split("[ -]")) {
      switch (word) {
        case "hundred" -> group *= 100;
        case "thousand" -> {
          total += group * 1_000;
          group = 0;
        }
        case "million" -> {
          total += group * 1_000_000;
          group = 0;
        }
        case "billion" -> {
          total += group * 1_000_000_000;
          group = 0;
        }
        default -> group += value(ENGLISH, word);
      }
    }
    return total + group;
  }

  private static long spanish(String words) {
    long total = 0;
    long group = 0;
    for (String word : words.split(" ")) {
      switch (word) {
        case "y" -> {}
        case "mil" -> {
          total += Math.max(group, 1) * 1_000;
          group = 0;
        }
        case "millón", "millones" -> {
          total = (total + group) * 1_000_000;
          group = 0;
        }
        default -> group += value(SPANISH, word);
      }
    }
    return total + group;
  }

  private static long value(Map<String, Long> words, String word) {
    Long value = words.get(word);
    if (value == null) {
      throw new AssertionError("not a number word: '" + word + "'");
    }
    return value;
  }
}
