package org.cityline.telephony.simulator.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's HTTP API and test phone, as Vert.x Web routes:
 *
 * <ul>
 *   <li>{@code POST /api/sim/calls} {@code {"from": "+15055550123", "to": "+15055550100"}} places a
 *       call: 201 {@code {"callId": "..."}}. {@code from} may be {@code "anonymous"} (withheld); an
 *       optional {@code "language"} ({@code "es"}) sets the channel's language.
 *   <li>{@code POST /api/sim/calls/{callId}/digits} {@code {"digits": "123#"}} presses keys: 202.
 *   <li>{@code GET /api/sim/calls/{callId}}: the call's state, prompts, transcript and keys.
 *   <li>{@code DELETE /api/sim/calls/{callId}}: the caller hangs up: 204 (a customer declines a
 *       callback ringing at theirs).
 *   <li>{@code POST /api/sim/calls/{callId}/answer}: the customer answers a callback Cityline
 *       placed: 202 (400 when the call is not one ringing at a customer's).
 *   <li>{@code GET /api/sim/calls}: the most recent calls, newest first.
 *   <li>{@code GET /phone}: the test-phone page.
 * </ul>
 *
 * <p>Errors answer {@code {"error": "..."}}: 400 for a bad request, 404 for an unknown call, 409
 * for keys to an ended call, 413 for a body over {@value #BODY_LIMIT} bytes, 503 when the simulator
 * cannot take a call. A refused request changes nothing.
 */
public final class SimulatorApi {

  /** Where the API lives. */
  public static final String CALLS_PATH = "/api/sim/calls";

  /** Request bodies larger than this are refused with 413. */
  public static final int BODY_LIMIT = 4096;

  /** How many calls {@code GET /api/sim/calls} lists at most. */
  public static final int LIST_LIMIT = 100;

  private static final Logger log = LoggerFactory.getLogger(SimulatorApi.class);
  private static final Set<String> WITHHELD =
      Set.of("anonymous", "withheld", "private", "unknown", "restricted");

  private final SimulatedNetwork network;
  private final PhonePage phonePage;

  /**
   * @param network the simulated phone network
   * @param utilityNumber the number the test phone dials unless told otherwise
   */
  public SimulatorApi(SimulatedNetwork network, PhoneNumber utilityNumber) {
    this.network = Objects.requireNonNull(network, "the simulator API needs the network");
    this.phonePage = new PhonePage(Objects.requireNonNull(utilityNumber, "a utility number"));
  }

  /** A new router holding only the simulator's routes (mount it with {@code subRouter}). */
  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    mount(router);
    return router;
  }

  /**
   * Adds the simulator's routes to an existing router: {@code /api/sim/*} (with its own body
   * handler, so no body handler for these paths may come before it) and {@code /phone}.
   */
  public void mount(Router router) {
    router
        .route("/api/sim/*")
        .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
        .failureHandler(this::failed);
    router.post(CALLS_PATH).handler(this::placeCall);
    router.get(CALLS_PATH).handler(this::listCalls);
    router.get(CALLS_PATH + "/:callId").handler(this::showCall);
    router.delete(CALLS_PATH + "/:callId").handler(this::hangUp);
    router.post(CALLS_PATH + "/:callId/digits").handler(this::pressKeys);
    router.post(CALLS_PATH + "/:callId/answer").handler(this::answer);
    phonePage.mount(router);
  }

  private void placeCall(RoutingContext ctx) {
    Optional<JsonObject> body = jsonObject(ctx);
    if (body.isEmpty()) {
      return;
    }
    Optional<String> fromText = requiredText(ctx, body.get(), "from", "+15055550123");
    if (fromText.isEmpty()) {
      return;
    }
    Optional<String> toText = requiredText(ctx, body.get(), "to", "+15055550100");
    if (toText.isEmpty()) {
      return;
    }
    Optional<PhoneNumber> from = Optional.empty();
    if (!WITHHELD.contains(fromText.get().strip().toLowerCase(Locale.ROOT))) {
      from = PhoneNumber.parse(fromText.get());
      if (from.isEmpty()) {
        badRequest(
            ctx,
            "\"from\" is not a phone number: give +1 and ten digits (or \"anonymous\" for a"
                + " withheld number)");
        return;
      }
    }
    Optional<PhoneNumber> to = PhoneNumber.parse(toText.get());
    if (to.isEmpty()) {
      badRequest(ctx, "\"to\" is not a phone number: give +1 and ten digits");
      return;
    }
    Optional<Language> language = language(ctx, body.get());
    if (language == null) {
      return;
    }
    respond(ctx, network.placeCall(from, to.get(), language.orElse(Language.ENGLISH)), 201);
  }

  private void pressKeys(RoutingContext ctx) {
    Optional<CallId> call = callId(ctx);
    if (call.isEmpty()) {
      return;
    }
    Optional<JsonObject> body = jsonObject(ctx);
    if (body.isEmpty()) {
      return;
    }
    Optional<String> digits = requiredText(ctx, body.get(), "digits", "123#");
    if (digits.isEmpty()) {
      return;
    }
    respond(ctx, network.pressKeys(call.get(), digits.get()), 202);
  }

  private void showCall(RoutingContext ctx) {
    Optional<CallId> call = callId(ctx);
    if (call.isEmpty()) {
      return;
    }
    network
        .call(call.get())
        .ifPresentOrElse(
            found -> send(ctx, 200, SimulatorJson.call(found)),
            () -> error(ctx, 404, "no simulated call '" + call.get().localId() + "'"));
  }

  private void listCalls(RoutingContext ctx) {
    send(ctx, 200, SimulatorJson.calls(network.recentCalls(LIST_LIMIT)));
  }

  /** The customer answers a call Cityline placed to them (a callback). */
  private void answer(RoutingContext ctx) {
    callId(ctx).ifPresent(call -> respond(ctx, network.customerAnswers(call), 202));
  }

  private void hangUp(RoutingContext ctx) {
    callId(ctx).ifPresent(call -> respond(ctx, network.callerHangsUp(call), 204));
  }

  private void respond(RoutingContext ctx, CallerResult result, int successStatus) {
    switch (result) {
      case CallerResult.Placed placed -> {
        ctx.response().putHeader("Location", CALLS_PATH + "/" + placed.call().localId());
        send(ctx, successStatus, new JsonObject().put("callId", placed.call().localId()));
      }
      case CallerResult.Accepted accepted -> {
        ctx.response().setStatusCode(successStatus);
        ctx.response().putHeader("Cache-Control", "no-store").end();
      }
      case CallerResult.Invalid invalid -> badRequest(ctx, invalid.reason());
      case CallerResult.NoSuchCall none -> error(ctx, 404, none.reason());
      case CallerResult.CallOver over -> error(ctx, 409, over.reason());
      case CallerResult.Unavailable unavailable -> error(ctx, 503, unavailable.reason());
    }
  }

  /** The call named in the path, or a 404 already sent. */
  private static Optional<CallId> callId(RoutingContext ctx) {
    String raw = ctx.pathParam("callId");
    try {
      return Optional.of(new CallId(SimulatedNetwork.NETWORK, raw));
    } catch (IllegalArgumentException e) {
      error(ctx, 404, "no simulated call '" + abbreviate(raw) + "'");
      return Optional.empty();
    }
  }

  /** The body as a JSON object, or a 400 already sent. */
  private static Optional<JsonObject> jsonObject(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      badRequest(ctx, "send a JSON object as the request body");
      return Optional.empty();
    }
    try {
      if (Json.decodeValue(body) instanceof JsonObject object) {
        return Optional.of(object);
      }
    } catch (DecodeException e) {
      // answered below
    }
    badRequest(ctx, "the request body is not a JSON object");
    return Optional.empty();
  }

  /** A field that must be a non-blank string, or a 400 already sent. */
  private static Optional<String> requiredText(
      RoutingContext ctx, JsonObject body, String field, String example) {
    Object value = body.getValue(field);
    if (value == null) {
      badRequest(ctx, "\"" + field + "\" is missing (for example \"" + example + "\")");
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      badRequest(ctx, "\"" + field + "\" must be a string (for example \"" + example + "\")");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The optional language; null when a 400 was sent. */
  private static Optional<Language> language(RoutingContext ctx, JsonObject body) {
    Object value = body.getValue("language");
    if (value == null) {
      return Optional.empty();
    }
    Optional<Language> language =
        value instanceof String tag ? Language.fromTag(tag) : Optional.empty();
    if (language.isEmpty()) {
      badRequest(ctx, "\"language\" is \"en\" or \"es\" when given");
      return null;
    }
    return language;
  }

  private void failed(RoutingContext ctx) {
    if (ctx.statusCode() == 413) {
      error(ctx, 413, "the request body is larger than " + BODY_LIMIT + " bytes");
      return;
    }
    if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      error(ctx, ctx.statusCode(), "the request was refused (HTTP " + ctx.statusCode() + ")");
      return;
    }
    log.error(
        "the simulator API failed on {} {}",
        ctx.request().method(),
        ctx.normalizedPath(),
        ctx.failure());
    error(ctx, 500, "the simulator failed to answer; see the server log");
  }

  private static void badRequest(RoutingContext ctx, String message) {
    error(ctx, 400, message);
  }

  private static void error(RoutingContext ctx, int status, String message) {
    send(ctx, status, new JsonObject().put("error", message));
  }

  private static void send(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended()) {
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(body.encode());
  }

  private static String abbreviate(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
