package org.cityline.ivr.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.cityline.ivr.flow.Session;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

  @Test
  void aSessionReadsBackEqual() {
    Session typical = Sessions.typical("CA0001");
    Session largest = Sessions.largest("CA0002");

    assertThat(SessionCodec.decode(SessionCodec.encode(typical))).isEqualTo(typical);
    assertThat(SessionCodec.decode(SessionCodec.encode(largest))).isEqualTo(largest);
  }

  @Test
  void storedSessionsStayWellUnderFourKilobytes() {
    int typical = SessionCodec.encode(Sessions.typical("CA0001")).length;
    int largest = SessionCodec.encode(Sessions.largest("CA0002")).length;

    System.out.printf("stored session: typical %d bytes, largest %d bytes%n", typical, largest);
    assertThat(typical).isLessThan(1_024);
    assertThat(largest).isLessThan(4_096);
  }

  @Test
  void aSessionOfAnotherFormatOrCorruptIsRefusedWithAClearMessage() {
    byte[] stored = SessionCodec.encode(Sessions.typical("CA0001"));
    byte[] future = stored.clone();
    future[0] = 9;

    assertThatThrownBy(() -> SessionCodec.decode(future))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 9")
        .hasMessageContaining("reads format 2");
    assertThatThrownBy(() -> SessionCodec.decode(Arrays.copyOf(stored, stored.length / 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not be read");
  }
}
