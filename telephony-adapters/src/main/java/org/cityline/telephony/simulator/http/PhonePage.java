package org.cityline.telephony.simulator.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cityline.common.PhoneNumber;

/**
 * The test-phone page: plain HTML, CSS and JavaScript read from the classpath once and served from
 * memory. The page drives the same HTTP API as everyone else.
 */
final class PhonePage {

  static final String PATH = "/phone";
  private static final String BASE = "/org/cityline/telephony/simulator/http/phone/";
  private static final String CSP =
      "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'";

  private final Buffer html;
  private final Buffer css;
  private final Buffer script;

  PhonePage(PhoneNumber utilityNumber) {
    this.html =
        Buffer.buffer(resource("phone.html").replace("{{utilityNumber}}", utilityNumber.e164()));
    this.css = Buffer.buffer(resource("phone.css"));
    this.script = Buffer.buffer(resource("phone.js"));
  }

  void mount(Router router) {
    router.get(PATH).handler(ctx -> serve(ctx, html, "text/html; charset=utf-8"));
    router.get(PATH + "/").handler(ctx -> serve(ctx, html, "text/html; charset=utf-8"));
    router.get(PATH + "/phone.css").handler(ctx -> serve(ctx, css, "text/css; charset=utf-8"));
    router
        .get(PATH + "/phone.js")
        .handler(ctx -> serve(ctx, script, "text/javascript; charset=utf-8"));
  }

  private static void serve(RoutingContext ctx, Buffer body, String type) {
    ctx.response()
        .putHeader("Content-Type", type)
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", CSP)
        .end(body);
  }

  private static String resource(String name) {
    try (InputStream in = PhonePage.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the test phone's " + name + " is missing from the jar (" + BASE + name + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the test phone's " + name, e);
    }
  }
}
