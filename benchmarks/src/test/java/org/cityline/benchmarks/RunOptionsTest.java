package org.cityline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A harness's options: what is given is read, and anything wrong is named, never defaulted. */
class RunOptionsTest {

  private static final Set<String> KNOWN = Set.of("--seconds", "--warm-up-seconds");

  @Test
  void aGivenNumberIsReadAndAMissingOneFallsBack() {
    RunOptions options = RunOptions.parse(new String[] {"--seconds", "60"}, KNOWN);

    assertThat(options.number("--seconds", 20, 1, 3600)).isEqualTo(60);
    assertThat(options.number("--warm-up-seconds", 60, 0, 3600)).isEqualTo(60);
  }

  @Test
  void aMistypedNameIsRefusedRatherThanRunningTheDefault() {
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--warmup-seconds", "0"}, KNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown option \"--warmup-seconds\"")
        .hasMessageContaining("--warm-up-seconds");
  }

  @Test
  void aNameWithoutAValueOrGivenTwiceIsRefused() {
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--seconds"}, KNOWN))
        .hasMessage("--seconds needs a value");
    assertThatThrownBy(
            () -> RunOptions.parse(new String[] {"--seconds", "5", "--seconds", "6"}, KNOWN))
        .hasMessage("--seconds is given twice");
  }

  @Test
  void aValueThatIsNotAWholeNumberInRangeIsNamed() {
    RunOptions options =
        RunOptions.parse(new String[] {"--seconds", "twenty", "--warm-up-seconds", "-5"}, KNOWN);

    assertThatThrownBy(() -> options.number("--seconds", 20, 1, 3600))
        .hasMessage("--seconds is a whole number from 1 to 3600, not \"twenty\"");
    assertThatThrownBy(() -> options.number("--warm-up-seconds", 60, 0, 3600))
        .hasMessage("--warm-up-seconds is a whole number from 0 to 3600, not -5");
  }

  @Test
  void aHostileValueIsQuotedShortAndWithoutControlCharacters() {
    String hostile = "1\n2\u001b[31m" + "9".repeat(100);
    RunOptions options = RunOptions.parse(new String[] {"--seconds", hostile}, KNOWN);

    assertThatThrownBy(() -> options.number("--seconds", 20, 1, 3600))
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain("\n", "\u001b");
              assertThat(e.getMessage().length()).isLessThan(120);
            });
  }
}
