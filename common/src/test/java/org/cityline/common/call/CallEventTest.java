package org.cityline.common.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;

class CallEventTest {

  @Test
  void digitsNeverShowInText() {
    var event =
        new CallEvent.DigitsEntered(new CallId("sim", "c1"), "4111111111111111", Instant.EPOCH);

    assertThat(event.toString()).doesNotContain("4111").contains("16 keys");
  }

  @Test
  void stepTokensTravelFromTheCommandToTheEventThatAnswersIt() {
    var prompt = Prompt.of(Language.ENGLISH, new Prompt.Part.Phrase("menu", "Press 1."));
    var collect = CallCommand.Collect.menu(prompt, Duration.ofSeconds(5)).withStep("s7");
    var keys =
        new CallEvent.DigitsEntered(new CallId("sim", "c1"), "1", Instant.EPOCH, collect.step());

    assertThat(collect.step()).contains("s7");
    assertThat(keys.step()).contains("s7");
    assertThat(keys.toString()).contains("step=s7");
    assertThat(new CallEvent.NoInput(new CallId("sim", "c1"), Instant.EPOCH).step()).isEmpty();
    assertThat(new CallCommand.WaitForAgent(prompt).step()).isEmpty();
  }

  @Test
  void refusesStepTokensThatCouldCarryAnythingElse() {
    assertThatThrownBy(
            () ->
                new CallEvent.NoInput(
                    new CallId("sim", "c1"), Instant.EPOCH, Optional.of("4111 1111 1111 1111")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CallEvent.NoInput(
                    new CallId("sim", "c1"), Instant.EPOCH, Optional.of("x".repeat(33))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
