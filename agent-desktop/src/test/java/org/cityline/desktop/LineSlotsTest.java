package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSlotsTest {

  @Test
  void aLineKeepsItsSlotWhenAnOlderLineEnds() {
    LineSlots<String> slots = new LineSlots<>(3);
    slots.assign(List.of("a", "b"));

    List<LineSlots.Slot<String>> after = slots.assign(List.of("b"));

    assertThat(after).containsExactly(new LineSlots.Slot<>(1, "b"));
  }

  @Test
  void aNewLineTakesTheLowestFreeSlot() {
    LineSlots<String> slots = new LineSlots<>(3);
    slots.assign(List.of("a", "b"));
    slots.assign(List.of("b"));

    assertThat(slots.assign(List.of("b", "c")))
        .containsExactly(new LineSlots.Slot<>(0, "c"), new LineSlots.Slot<>(1, "b"));
  }

  @Test
  void linesBeyondTheCapacityGetNoSlot() {
    LineSlots<String> slots = new LineSlots<>(1);

    assertThat(slots.assign(List.of("a", "b"))).containsExactly(new LineSlots.Slot<>(0, "a"));
  }

  @Test
  void suffixesNameTheSecondLineOn() {
    assertThat(LineSlots.suffix(0)).isEmpty();
    assertThat(LineSlots.suffix(1)).isEqualTo("-2");
  }

  @Test
  void aCapacityOutsideOneToFourIsRefused() {
    assertThatThrownBy(() -> new LineSlots<String>(0)).hasMessageContaining("1 to 4");
    assertThatThrownBy(() -> new LineSlots<String>(5)).hasMessageContaining("1 to 4");
  }
}
