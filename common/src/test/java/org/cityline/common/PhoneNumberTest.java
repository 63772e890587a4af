package org.cityline.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+15055550123",
        "5055550123",
        "(505) 555-0123",
        "505.555.0123",
        "1-505-555-0123",
        " +1 505 555 0123 "
      })
  void readsTheWaysPeopleWriteANorthAmericanNumber(String written) {
    assertThat(PhoneNumber.parse(written)).contains(new PhoneNumber("+15055550123"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "anonymous",
        "0123",
        "505555012",
        "0055550123",
        "+0505555",
        "+1505555012345678",
        "505-555-01234",
        "<script>alert(1)</script>",
        "1234567890123456789012345678901234567890"
      })
  void rejectsWhatIsNotAPhoneNumber(String written) {
    assertThat(PhoneNumber.parse(written)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void namesTheBadValueWhenStrict() {
    assertThatThrownBy(() -> PhoneNumber.of("call me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'call me'");
  }

  @org.junit.jupiter.api.Test
  void readsBackTheLastFour() {
    assertThat(PhoneNumber.of("505-555-0123").lastFour()).isEqualTo("0123");
  }
}
