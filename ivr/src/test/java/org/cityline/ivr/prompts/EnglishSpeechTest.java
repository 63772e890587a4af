package org.cityline.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSpeechTest {

  private final Speech english = Speech.of(Language.ENGLISH);

  @ParameterizedTest(name = "{0} cents -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12345 | one hundred twenty-three dollars and forty-five cents",
        "100 | one dollar",
        "101 | one dollar and one cent",
        "1 | one cent",
        "45 | forty-five cents",
        "0 | zero dollars",
        "200 | two dollars",
        "2000 | twenty dollars",
        "10500 | one hundred five dollars",
        "123400 | one thousand two hundred thirty-four dollars",
        "100000000 | one million dollars",
        "200000000 | two million dollars",
        "123456789 | one million two hundred thirty-four thousand five hundred sixty-seven dollars"
            + " and eighty-nine cents",
        "-1500 | a credit of fifteen dollars",
        "-1 | a credit of one cent",
        "99999999999 | nine hundred ninety-nine million nine hundred ninety-nine thousand nine"
            + " hundred ninety-nine dollars and ninety-nine cents",
      })
  void wordsAmounts(long cents, String expected) {
    assertThat(english.amount(cents)).isEqualTo(expected);
  }

  @Test
  void refusesAmountsBeyondWhatItWords() {
    assertThatThrownBy(() -> english.amount(100_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999,999,999.99");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-02 | Monday, March 2",
        "2026-03-20 | Friday, March 20",
        "2026-01-01 | Thursday, January 1",
        "2024-02-29 | Thursday, February 29",
        "2026-12-31 | Thursday, December 31",
        "2026-09-13 | Sunday, September 13",
      })
  void wordsDatesWithTheWeekday(LocalDate date, String expected) {
    assertThat(english.date(date)).isEqualTo(expected);
  }

  @Test
  void saysDigitsOneByOne() {
    assertThat(english.digits("0123456789"))
        .isEqualTo("zero one two three four five six seven eight nine");
    assertThatThrownBy(() -> english.digits("12a4")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> english.digits("")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | zero",
        "7 | seven",
        "19 | nineteen",
        "20 | twenty",
        "99 | ninety-nine",
        "100 | one hundred",
        "1000 | one thousand",
        "1001 | one thousand one",
        "1000000 | one million",
        "-3 | minus three",
      })
  void wordsNumbers(long value, String expected) {
    assertThat(english.number(value)).isEqualTo(expected);
  }

  @Test
  void sameWordsWhateverTheDefaultLocale() {
    LocalDate date = LocalDate.of(2026, 3, 2);
    String amount = english.amount(123_456);
    String day = english.date(date);
    for (Locale odd : DefaultLocale.ODD) {
      assertThat(DefaultLocale.under(odd, () -> english.amount(123_456))).isEqualTo(amount);
      assertThat(DefaultLocale.under(odd, () -> english.date(date))).isEqualTo(day);
      assertThat(DefaultLocale.under(odd, () -> english.digits("4321")))
          .isEqualTo("four three two one");
    }
  }
}
