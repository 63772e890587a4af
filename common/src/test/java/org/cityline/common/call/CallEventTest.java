package org.cityline.common.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallEventTest {

  @Test
  void digitsNeverShowInText() {
    var event =
        new CallEvent.DigitsEntered(new CallId("sim", "c1"), "4111111111111111", Instant.EPOCH);

    assertThat(event.toString()).doesNotContain("4111").contains("16 keys");
  }
}
