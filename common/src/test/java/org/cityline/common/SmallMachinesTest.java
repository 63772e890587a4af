package org.cityline.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmallMachinesTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(SmallMachines.COMMON_PARALLELISM);
    System.clearProperty(SmallMachines.COMMON_PARALLELISM);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(SmallMachines.COMMON_PARALLELISM);
    } else {
      System.setProperty(SmallMachines.COMMON_PARALLELISM, before);
    }
  }

  @Test
  void oneOrTwoCoresGetACommonPoolOfTwo() {
    assertThat(SmallMachines.tune(2)).hasValue(2);
    assertThat(System.getProperty(SmallMachines.COMMON_PARALLELISM)).isEqualTo("2");
    System.clearProperty(SmallMachines.COMMON_PARALLELISM);
    assertThat(SmallMachines.tune(1)).hasValue(2);
  }

  @Test
  void largerMachinesKeepTheJdksChoice() {
    assertThat(SmallMachines.tune(3)).isEmpty();
    assertThat(SmallMachines.tune(16)).isEmpty();
    assertThat(System.getProperty(SmallMachines.COMMON_PARALLELISM)).isNull();
  }

  @Test
  void anOperatorsChoiceIsKept() {
    System.setProperty(SmallMachines.COMMON_PARALLELISM, "1");
    assertThat(SmallMachines.tune(2)).isEmpty();
    assertThat(System.getProperty(SmallMachines.COMMON_PARALLELISM)).isEqualTo("1");
  }
}
