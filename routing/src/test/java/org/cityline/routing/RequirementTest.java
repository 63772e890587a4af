package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementTest {

  @Test
  void everyNeedMustBeMetAtItsLevel() {
    Requirement requirement = Requirement.of(Map.of("billing", 3, "spanish", 2));

    assertThat(requirement.metBy(Map.of("billing", 3, "spanish", 2))).isTrue();
    assertThat(requirement.metBy(Map.of("billing", 2, "spanish", 5))).isFalse();
    assertThat(requirement.metBy(Map.of("billing", 5))).isFalse();
    assertThat(Requirement.NONE.metBy(Map.of())).isTrue();
  }

  @Test
  void loweringNeverRaisesAndWideningAddsAnAlternative() {
    Requirement credit = Requirement.of(Map.of("credit", 3));

    assertThat(credit.lowered("credit", 5).metBy(Map.of("credit", 3))).isTrue();
    assertThat(credit.lowered("credit", 1).metBy(Map.of("credit", 1))).isTrue();
    Requirement wide = credit.widened("credit", "billing", 4);
    assertThat(wide.metBy(Map.of("billing", 4))).isTrue();
    assertThat(wide.metBy(Map.of("billing", 3))).isFalse();
    assertThat(wide.metBy(Map.of("credit", 3))).isTrue();
  }

  @Test
  void isAValueOfItsNeeds() {
    Requirement one = Requirement.of(Map.of("billing", 3)).with(Map.of("spanish", 2));
    Requirement same = Requirement.of(Map.of("spanish", 2, "billing", 3));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(Requirement.of(Map.of("billing", 3)));
    assertThat(one.with(Map.of("billing", 5)).metBy(Map.of("billing", 4, "spanish", 2))).isFalse();
    assertThat(one.needs()).hasSize(2);
  }
}
