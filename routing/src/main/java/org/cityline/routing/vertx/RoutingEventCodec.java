package org.cityline.routing.vertx;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;
import org.cityline.routing.RoutingEvent;

/**
 * Carries {@link RoutingEvent}s over the clustered event bus as length-prefixed UTF-8 JSON ({@link
 * RoutingEventJson}). Local delivery passes the (immutable) event itself. Every node registers it
 * under {@link #NAME}.
 */
public final class RoutingEventCodec implements MessageCodec<RoutingEvent, RoutingEvent> {

  /** The codec's name on the event bus. */
  public static final String NAME = "cityline.routing-event";

  @Override
  public void encodeToWire(Buffer buffer, RoutingEvent event) {
    Buffer json = RoutingEventJson.encode(event).toBuffer();
    buffer.appendInt(json.length()).appendBuffer(json);
  }

  @Override
  public RoutingEvent decodeFromWire(int position, Buffer buffer) {
    int length = buffer.getInt(position);
    int start = position + Integer.BYTES;
    return RoutingEventJson.decode(new JsonObject(buffer.getBuffer(start, start + length)));
  }

  @Override
  public RoutingEvent transform(RoutingEvent event) {
    return event;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
