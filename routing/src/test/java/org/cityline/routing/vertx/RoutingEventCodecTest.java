package org.cityline.routing.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import org.cityline.routing.RoutingEvent;
import org.junit.jupiter.api.Test;

class RoutingEventCodecTest {

  private final RoutingEventCodec codec = new RoutingEventCodec();

  @Test
  void everyEventTypeSurvivesTheWire() {
    Buffer wire = Buffer.buffer().appendString("header bytes before the body");
    int[] positions = new int[SampleEvents.all().size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = wire.length();
      codec.encodeToWire(wire, SampleEvents.all().get(i));
    }

    for (int i = 0; i < positions.length; i++) {
      assertThat(codec.decodeFromWire(positions[i], wire)).isEqualTo(SampleEvents.all().get(i));
    }
    assertThat(SampleEvents.all().stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(
            Arrays.stream(RoutingEvent.class.getPermittedSubclasses()).toArray(Class<?>[]::new));
  }

  @Test
  void localDeliveryPassesTheImmutableEventAsIs() {
    RoutingEvent event = SampleEvents.all().get(0);
    assertThat(codec.transform(event)).isSameAs(event);
    assertThat(codec.systemCodecID()).isEqualTo((byte) -1);
  }

  @Test
  void theJsonIsPlainAndReadable() {
    JsonObject json = RoutingEventJson.encode(SampleEvents.all().get(0));

    assertThat(json.getString("type")).isEqualTo("OfferMade");
    assertThat(json.getString("expiresAt")).isEqualTo("2026-03-02T16:00:20.123456789Z");
    JsonObject contact = json.getJsonObject("contact");
    assertThat(contact.getString("call")).isEqualTo("sim/call-c1");
    assertThat(contact.getString("account")).isEqualTo("1234567890");
    assertThat(contact.getString("agent")).isEqualTo("ann");
    assertThat(
            RoutingEventJson.encode(SampleEvents.all().get(3))
                .getJsonObject("contact")
                .getValue("caller"))
        .isNull();
  }

  @Test
  void anUnknownTypeIsRefusedWithItsName() {
    assertThatThrownBy(() -> RoutingEventJson.decode(new JsonObject().put("type", "Teleported")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Teleported'");
  }
}
