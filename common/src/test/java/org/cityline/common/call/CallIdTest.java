package org.cityline.common.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallIdTest {

  @Test
  void roundTripsThroughText() {
    CallId id = new CallId("asterisk", "1700000000.42");
    assertThat(CallId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void refusesHostileIds() {
    assertThatThrownBy(() -> new CallId("sim", "../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CallId("SIM", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallId.parse("no-slash")).hasMessageContaining("network/id");
  }
}
