package org.cityline.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishSpeechTest {

  private final Speech spanish = Speech.of(Language.SPANISH);

  @ParameterizedTest(name = "{0} cents -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12345 | ciento veintitrés dólares con cuarenta y cinco centavos",
        "100 | un dólar",
        "101 | un dólar con un centavo",
        "1 | un centavo",
        "2100 | veintiún dólares",
        "2121 | veintiún dólares con veintiún centavos",
        "3100 | treinta y un dólares",
        "10000 | cien dólares",
        "10100 | ciento un dólares",
        "50000 | quinientos dólares",
        "70000 | setecientos dólares",
        "90000 | novecientos dólares",
        "0 | cero dólares",
        "45 | cuarenta y cinco centavos",
        "100000 | mil dólares",
        "2100000 | veintiún mil dólares",
        "10100000 | ciento un mil dólares",
        "100000000 | un millón de dólares",
        "300000000 | tres millones de dólares",
        "150000000 | un millón quinientos mil dólares",
        "100000100 | un millón un dólares",
        "-1500 | quince dólares a su favor",
        "-101 | un dólar con un centavo a su favor",
      })
  void wordsAmounts(long cents, String expected) {
    assertThat(spanish.amount(cents)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-02 | lunes 2 de marzo",
        "2026-03-20 | viernes 20 de marzo",
        "2026-01-01 | jueves primero de enero",
        "2026-03-04 | miércoles 4 de marzo",
        "2026-03-07 | sábado 7 de marzo",
        "2026-09-13 | domingo 13 de septiembre",
      })
  void wordsDatesWithTheWeekday(LocalDate date, String expected) {
    assertThat(spanish.date(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | uno",
        "16 | dieciséis",
        "21 | veintiuno",
        "22 | veintidós",
        "31 | treinta y uno",
        "100 | cien",
        "115 | ciento quince",
        "1000 | mil",
        "21000 | veintiún mil",
        "1000000 | un millón",
        "2000000 | dos millones",
        "-5 | menos cinco",
      })
  void wordsNumbersWithoutShorteningTheLastOne(long value, String expected) {
    assertThat(spanish.number(value)).isEqualTo(expected);
  }

  @Test
  void saysDigitsOneByOne() {
    assertThat(spanish.digits("7890")).isEqualTo("siete ocho nueve cero");
  }

  @Test
  void sameWordsWhateverTheDefaultLocale() {
    LocalDate date = LocalDate.of(2026, 3, 4);
    for (Locale odd : DefaultLocale.ODD) {
      assertThat(DefaultLocale.under(odd, () -> spanish.amount(2_121)))
          .isEqualTo("veintiún dólares con veintiún centavos");
      assertThat(DefaultLocale.under(odd, () -> spanish.date(date)))
          .isEqualTo("miércoles 4 de marzo");
    }
  }
}
