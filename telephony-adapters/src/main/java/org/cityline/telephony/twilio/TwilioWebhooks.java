package org.cityline.telephony.twilio;

import com.twilio.security.RequestValidator;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhooks Twilio calls, as a Vert.x {@link Router} to mount (e.g. under {@code /twilio}):
 *
 * <ul>
 *   <li>{@code POST /voice} a call comes in; {@code POST /gather?step=N} keys or silence;
 *   <li>{@code POST /pay?step=N} a {@code <Pay>} result; {@code POST /pay-status} its progress;
 *   <li>{@code POST /status} the caller's call status; {@code POST /agent-status?call=CA...} an
 *       agent's or supervisor's leg; {@code POST /conference-status} conference events;
 *   <li>{@code POST /answered} a callback answered; {@code GET|POST /hold-music} what a held caller
 *       hears.
 * </ul>
 *
 * Every request must carry Twilio's {@code X-Twilio-Signature} over the public URL Twilio used
 * ({@link TwilioSettings#publicBaseUrl()} and the path below the mount point) and its parameters
 * (form) or the body's SHA-256 ({@code bodySHA256}, JSON); otherwise 403, a log line, and nothing
 * changes. The work runs on virtual threads, never on the event loop.
 */
public final class TwilioWebhooks {

  private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);
  private static final int BODY_LIMIT = 16 * 1024;
  private static final String PARAMS = "cityline.twilio.params";

  private final TwilioNetwork network;
  private final RequestValidator validator;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("twilio-webhook-", 0).factory());
  private final AtomicInteger inFlight = new AtomicInteger();

  public TwilioWebhooks(TwilioNetwork network) {
    this.network = network;
    this.validator = new RequestValidator(network.settings().authToken());
  }

  /** The routes, to mount where {@code twilio.public-base-url} points. */
  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
    router.route().handler(this::verify);
    IvrSteps ivr = network.ivr();
    router.post("/voice").handler(ctx -> answer(ctx, ivr::incoming));
    router.post("/gather").handler(ctx -> answer(ctx, params -> ivr.gathered(step(ctx), params)));
    router.post("/pay").handler(ctx -> answer(ctx, params -> ivr.paid(step(ctx), params)));
    router.post("/pay-status").handler(ctx -> answer(ctx, ivr::payProgress));
    router.post("/status").handler(ctx -> answer(ctx, ivr::callStatus));
    router
        .post("/agent-status")
        .handler(ctx -> answer(ctx, params -> ivr.legStatus(caller(ctx), params)));
    router.post("/conference-status").handler(ctx -> answer(ctx, ivr::conferenceStatus));
    router.post("/answered").handler(ctx -> answer(ctx, ivr::answeredCallback));
    router.route("/hold-music").handler(ctx -> answer(ctx, params -> network.renderer.holdMusic()));
    return router;
  }

  /** Webhooks being answered right now (tests wait for zero). */
  public int inFlight() {
    return inFlight.get();
  }

  private void verify(RoutingContext ctx) {
    String signature = ctx.request().getHeader("X-Twilio-Signature");
    String url = publicUrl(ctx);
    Map<String, String> params = new HashMap<>();
    boolean valid = false;
    if (signature != null && !signature.isBlank()) {
      String type = ctx.request().getHeader("Content-Type");
      if (type != null && type.startsWith("application/json")) {
        String body = ctx.body().asString();
        try {
          valid = body != null && validator.validate(url, body, signature);
          if (valid) {
            new JsonObject(body).forEach(e -> params.put(e.getKey(), String.valueOf(e.getValue())));
          }
        } catch (URISyntaxException | RuntimeException e) {
          valid = false;
        }
      } else {
        ctx.request().formAttributes().forEach(e -> params.put(e.getKey(), e.getValue()));
        valid = validator.validate(url, params, signature);
      }
    }
    if (!valid) {
      log.warn(
          "Twilio webhook {} refused: {} X-Twilio-Signature from {} (check twilio.auth-token and"
              + " twilio.public-base-url = the URL Twilio calls)",
          ctx.request().path(),
          signature == null || signature.isBlank() ? "no" : "a wrong",
          ctx.request().remoteAddress());
      ctx.response().setStatusCode(403).end("signature refused");
      return;
    }
    ctx.put(PARAMS, new WebhookParams(params));
    ctx.next();
  }

  /** The URL as Twilio called it: the public base, the path below the mount point, the query. */
  private String publicUrl(RoutingContext ctx) {
    String path = ctx.request().path();
    String mount = ctx.mountPoint();
    if (mount != null && !mount.isEmpty() && !"/".equals(mount)) {
      String prefix = mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
      if (path.startsWith(prefix)) {
        path = path.substring(prefix.length());
      }
    }
    String query = ctx.request().query();
    return network.settings().publicBaseUrl() + path + (query == null ? "" : "?" + query);
  }

  @FunctionalInterface
  private interface Step {
    String answer(WebhookParams params) throws Exception;
  }

  private void answer(RoutingContext ctx, Step step) {
    WebhookParams params = ctx.get(PARAMS);
    inFlight.incrementAndGet();
    try {
      threads.execute(
          () -> {
            try {
              String twiml = step.answer(params);
              ctx.response().putHeader("Content-Type", "text/xml").end(twiml);
            } catch (BadWebhook e) {
              log.warn("Twilio webhook {} refused: {}", ctx.request().path(), e.getMessage());
              ctx.response().setStatusCode(400).end(e.getMessage());
            } catch (Exception e) {
              log.error("Twilio webhook {} failed", ctx.request().path(), e);
              ctx.response().setStatusCode(500).end("Cityline could not answer; see its log");
            } finally {
              inFlight.decrementAndGet();
            }
          });
    } catch (RuntimeException e) {
      inFlight.decrementAndGet();
      ctx.response().setStatusCode(503).end("Cityline is stopping");
    }
  }

  private static int step(RoutingContext ctx) {
    String value = ctx.request().getParam("step");
    if (value == null || !value.matches("[0-9]{1,9}")) {
      throw new BadWebhook("step must be a number");
    }
    return Integer.parseInt(value);
  }

  private static String caller(RoutingContext ctx) {
    String value = ctx.request().getParam("call");
    if (value == null || !value.matches("CA[0-9a-f]{32}")) {
      throw new BadWebhook("call must be the caller's CallSid");
    }
    return value;
  }

  /** Stops taking webhooks' work. */
  public void close() {
    threads.shutdownNow();
  }
}
