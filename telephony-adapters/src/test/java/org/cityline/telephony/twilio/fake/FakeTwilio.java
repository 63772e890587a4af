package org.cityline.telephony.twilio.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Twilio as Cityline's tests need it: the REST API on loopback (calls, conference participants,
 * messages, recordings) and the voice side that posts signed webhooks for callers, agents' devices
 * and callbacks, then carries out the TwiML it gets back (Say is heard, Gather waits for keys or
 * times out on the test's clock, Dial/Conference joins, Hangup ends).
 */
public final class FakeTwilio implements AutoCloseable {

  /** What a caller's line is doing. */
  public enum Line {
    RINGING,
    IVR,
    WAITING,
    CONFERENCE,
    HELD,
    ENDED
  }

  /** One REST request the SDK made. */
  public record RestRequest(String method, String path, Map<String, String> params) {}

  /** A webhook answer. */
  public record Answer(int status, String body) {}

  private record Gather(
      String action, int numDigits, String finishOnKey, Instant deadline, boolean emptyAction) {}

  private static final class FakeCall {
    final String sid;
    final String from;
    final String to;
    final String direction;
    final List<String> heard = new CopyOnWriteArrayList<>();
    volatile Line line = Line.RINGING;
    volatile Gather gather;
    volatile Map<String, String> pay;
    final StringBuilder keys = new StringBuilder();

    FakeCall(String sid, String from, String to, String direction) {
      this.sid = sid;
      this.from = from;
      this.to = to;
      this.direction = direction;
    }
  }

  private record LegInfo(String callerConference, String endpoint, String statusCallback) {}

  private static final Pattern ACCOUNT = Pattern.compile("/2010-04-01/Accounts/(AC[0-9a-f]{32})");

  private final String accountSid;
  private final TwilioSigner signer;
  private final String publicBase;
  private final String localBase;
  private final Clock clock;
  private final HttpServer rest;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ExecutorService async = Executors.newSingleThreadExecutor();
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong sids = new AtomicLong(0xa000);
  private final Map<String, FakeCall> calls = new ConcurrentHashMap<>();
  private final Map<String, LegInfo> legs = new ConcurrentHashMap<>();
  private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
  private final List<RestRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Answer> failures = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> failNext = new ConcurrentHashMap<>();
  private final Map<String, Duration> stallNext = new ConcurrentHashMap<>();
  private final List<String> messages = new CopyOnWriteArrayList<>();

  /**
   * @param publicBase the URL Cityline's webhooks have as Twilio sees them (signed)
   * @param localBase where they really are (posted to), as behind a reverse proxy
   */
  public FakeTwilio(
      String accountSid, String authToken, String publicBase, String localBase, Clock clock)
      throws IOException {
    this.accountSid = accountSid;
    this.signer = new TwilioSigner(authToken);
    this.publicBase = publicBase;
    this.localBase = localBase;
    this.clock = clock;
    this.rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::serve);
    rest.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    rest.start();
  }

  /** Where the SDK must send {@code https://api.twilio.com} requests. */
  public String apiBase() {
    return "http://127.0.0.1:" + rest.getAddress().getPort();
  }

  // ---- the caller's side ----

  /** A caller dials the utility's number: Twilio posts {@code /voice}. */
  public String placeCall(String from, String to) {
    String sid = newSid("CA");
    FakeCall call = new FakeCall(sid, from, to, "inbound");
    calls.put(sid, call);
    Map<String, String> params = callParams(call, "ringing");
    params.put("CallerName", "");
    run(call, post(publicBase + "/voice", params));
    return sid;
  }

  /** The caller presses keys, one at a time, as a keypad does. */
  public void press(String sid, String keys) {
    FakeCall call = calls.get(sid);
    for (char key : keys.toCharArray()) {
      Gather gather = call.gather;
      if (gather == null || call.line == Line.ENDED) {
        continue; // nobody listens: Twilio drops the key
      }
      String finish = gather.finishOnKey();
      if (!finish.isEmpty() && finish.indexOf(key) >= 0) {
        submit(call, gather, call.keys.toString(), String.valueOf(key));
      } else {
        call.keys.append(key);
        if (call.keys.length() >= gather.numDigits()) {
          submit(call, gather, call.keys.toString(), "");
        }
      }
    }
  }

  /** The attributes of the {@code <Pay>} the call is in, if it is in one. */
  public Optional<Map<String, String>> paying(String sid) {
    return Optional.ofNullable(calls.get(sid).pay);
  }

  /**
   * {@code <Pay>} ends: Twilio posts its action URL with the call's parameters and {@code result}
   * (Result, PaymentConfirmationCode, PaymentCardNumber masked, ...), and the call goes on with the
   * TwiML answered.
   */
  public Answer payResult(String sid, Map<String, String> result) {
    FakeCall call = calls.get(sid);
    Map<String, String> pay = call.pay;
    if (pay == null) {
      throw new IllegalStateException(sid + " is not in a <Pay>");
    }
    call.pay = null;
    Map<String, String> params = callParams(call, "in-progress");
    params.putAll(result);
    Answer answer = post(pay.get("action"), params);
    run(call, answer);
    return answer;
  }

  /** The caller hangs up: Twilio posts the final status. */
  public void hangUp(String sid) {
    FakeCall call = calls.get(sid);
    if (call.line != Line.ENDED) {
      end(call, "completed");
    }
  }

  /** Gathers whose time-out falls due by {@code now}, earliest first. */
  public Optional<Instant> nextDeadline() {
    return calls.values().stream()
        .filter(call -> call.line != Line.ENDED)
        .map(call -> call.gather)
        .filter(gather -> gather != null && gather.deadline() != null)
        .map(Gather::deadline)
        .min(Instant::compareTo);
  }

  /** Times out every gather due by now (Twilio posts the empty result). */
  public void fireDue() {
    Instant now = clock.instant();
    for (FakeCall call : calls.values()) {
      Gather gather = call.gather;
      if (call.line != Line.ENDED
          && gather != null
          && gather.deadline() != null
          && !gather.deadline().isAfter(now)) {
        if (call.keys.length() > 0 || gather.emptyAction()) {
          submit(call, gather, call.keys.toString(), "");
        } else {
          call.gather = null;
        }
      }
    }
  }

  public List<String> heard(String sid) {
    return List.copyOf(calls.get(sid).heard);
  }

  public Line line(String sid) {
    return calls.get(sid).line;
  }

  /** The agent's device lets every leg ring out. */
  public void doesNotAnswer(String endpoint) {
    unanswered.add(endpoint);
  }

  // ---- REST ----

  /** Every REST request so far. */
  public List<RestRequest> requests() {
    return List.copyOf(requests);
  }

  /** The next REST request whose path contains {@code fragment} fails with this status. */
  public void failNext(String fragment, int status) {
    failNext.put(fragment, status);
  }

  /** The next REST request whose path contains {@code fragment} is answered only after this. */
  public void stallNext(String fragment, Duration delay) {
    stallNext.put(fragment, delay);
  }

  /** Webhook answers other than 200, in order. */
  public List<Answer> failures() {
    return List.copyOf(failures);
  }

  /** True when nothing is queued to be posted. */
  public boolean idle() {
    return pending.get() == 0;
  }

  /** Posts a webhook signed as Twilio signs it; answers what Cityline said. */
  public Answer post(String publicUrl, Map<String, String> params) {
    return send(publicUrl, params, signer.sign(publicUrl, params));
  }

  /** Posts with the given signature (null for none): for tests of refusals. */
  public Answer send(String publicUrl, Map<String, String> params, String signature) {
    return sendTo(localBase, publicUrl, params, signature);
  }

  /** Posts a signed webhook to another node behind the same public URL (a load balancer). */
  public Answer postTo(String nodeBase, String publicUrl, Map<String, String> params) {
    return sendTo(nodeBase, publicUrl, params, signer.sign(publicUrl, params));
  }

  private Answer sendTo(
      String nodeBase, String publicUrl, Map<String, String> params, String signature) {
    StringBuilder body = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (!body.isEmpty()) {
            body.append('&');
          }
          body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(nodeBase + publicUrl.substring(publicBase.length())))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .header("User-Agent", "TwilioProxy/1.1")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Answer answer = new Answer(response.statusCode(), response.body());
      if (answer.status() != 200) {
        failures.add(answer);
      }
      return answer;
    } catch (IOException e) {
      throw new IllegalStateException("Cityline did not answer " + publicUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The parameters Twilio sends about a call. */
  public Map<String, String> callParams(String sid, String status) {
    return callParams(calls.get(sid), status);
  }

  public String publicBase() {
    return publicBase;
  }

  public String newSid(String prefix) {
    return prefix + String.format("%032x", sids.incrementAndGet());
  }

  private Map<String, String> callParams(FakeCall call, String status) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", accountSid);
    params.put("ApiVersion", "2010-04-01");
    params.put("CallSid", call.sid);
    params.put("CallStatus", status);
    params.put("Called", call.to);
    params.put("CalledCountry", "US");
    params.put("Caller", call.from);
    params.put("Direction", call.direction);
    params.put("From", call.from);
    params.put("FromCountry", "US");
    params.put("To", call.to);
    params.put("ToCountry", "US");
    return params;
  }

  private void submit(FakeCall call, Gather gather, String digits, String finishedOn) {
    call.gather = null;
    call.keys.setLength(0);
    Map<String, String> params = callParams(call, "in-progress");
    params.put("Digits", digits);
    params.put("FinishedOnKey", finishedOn);
    params.put("msg", "Gather End");
    run(call, post(gather.action(), params));
  }

  private void end(FakeCall call, String status) {
    call.line = Line.ENDED;
    call.gather = null;
    Map<String, String> params = callParams(call, status);
    params.put("CallDuration", "42");
    later(() -> post(publicBase + "/status", params));
  }

  /** Carries out TwiML on a call. */
  private void run(FakeCall call, Answer answer) {
    if (answer.status() != 200) {
      call.heard.add("[error " + answer.status() + "]");
      return;
    }
    Element response;
    try {
      response =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader(answer.body())))
              .getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("not TwiML: " + answer.body(), e);
    }
    if (call.line == Line.RINGING) {
      call.line = Line.IVR;
    }
    for (Node node = response.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element verb)) {
        continue;
      }
      switch (verb.getTagName()) {
        case "Say" -> call.heard.add(verb.getTextContent());
        case "Play" -> play(call, verb);
        case "Pause" -> {}
        case "Gather" -> {
          gather(call, verb);
          return;
        }
        case "Pay" -> {
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int i = 0; i < verb.getAttributes().getLength(); i++) {
            Node attribute = verb.getAttributes().item(i);
            attributes.put(attribute.getNodeName(), attribute.getNodeValue());
          }
          call.gather = null;
          call.line = Line.IVR;
          call.pay = attributes;
          return;
        }
        case "Dial" -> {
          call.gather = null;
          call.line = Line.CONFERENCE;
          return;
        }
        case "Hangup" -> {
          end(call, "completed");
          return;
        }
        case "Redirect" -> {
          run(call, post(verb.getTextContent(), callParams(call, "in-progress")));
          return;
        }
        default -> throw new IllegalStateException("unexpected TwiML verb " + verb.getTagName());
      }
    }
    end(call, "completed"); // TwiML ran out: Twilio hangs up
  }

  private static void play(FakeCall call, Element verb) {
    if ("0".equals(verb.getAttribute("loop"))) {
      call.line = Line.WAITING;
    } else {
      call.heard.add(verb.getTextContent());
    }
  }

  private void gather(FakeCall call, Element verb) {
    boolean music = false;
    for (Node node = verb.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element nested) {
        if ("Say".equals(nested.getTagName())) {
          call.heard.add(nested.getTextContent());
        } else if ("Play".equals(nested.getTagName())) {
          music |= "0".equals(nested.getAttribute("loop"));
          if (!"0".equals(nested.getAttribute("loop"))) {
            call.heard.add(nested.getTextContent());
          }
        }
      }
    }
    call.line = music ? Line.WAITING : Line.IVR;
    int timeout = verb.hasAttribute("timeout") ? Integer.parseInt(verb.getAttribute("timeout")) : 5;
    call.keys.setLength(0);
    call.gather =
        new Gather(
            verb.getAttribute("action"),
            verb.hasAttribute("numDigits") ? Integer.parseInt(verb.getAttribute("numDigits")) : 99,
            verb.hasAttribute("finishOnKey") ? verb.getAttribute("finishOnKey") : "#",
            music ? null : clock.instant().plusSeconds(timeout),
            "true".equals(verb.getAttribute("actionOnEmptyResult")));
  }

  private void later(Runnable work) {
    pending.incrementAndGet();
    async.execute(
        () -> {
          try {
            work.run();
          } finally {
            pending.decrementAndGet();
          }
        });
  }

  // ---- the REST server ----

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> params =
          form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(new RestRequest(exchange.getRequestMethod(), path, params));
      for (var stall : stallNext.entrySet()) {
        if (path.contains(stall.getKey()) && stallNext.remove(stall.getKey()) != null) {
          sleep(stall.getValue());
        }
      }
      for (var fail : failNext.entrySet()) {
        if (path.contains(fail.getKey()) && failNext.remove(fail.getKey()) != null) {
          reply(
              exchange,
              fail.getValue(),
              "{\"code\":20500,\"message\":\"injected failure\",\"status\":"
                  + fail.getValue()
                  + "}");
          return;
        }
      }
      Matcher account = ACCOUNT.matcher(path);
      if (!account.lookingAt() || !account.group(1).equals(accountSid)) {
        reply(exchange, 404, "{\"code\":20404,\"message\":\"no such account\",\"status\":404}");
        return;
      }
      String rest = path.substring(account.end());
      String json = route(rest, params);
      if (json == null) {
        reply(exchange, 404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");
      } else {
        reply(exchange, rest.endsWith("s.json") ? 201 : 200, json);
      }
    }
  }

  private String route(String path, Map<String, String> params) {
    String[] parts = path.substring(1).replace(".json", "").split("/");
    if (parts.length == 1 && parts[0].equals("Calls")) {
      return originate(params);
    }
    if (parts.length == 1 && parts[0].equals("Messages")) {
      messages.add(params.get("To"));
      return "{\"sid\":\"" + newSid("SM") + "\",\"status\":\"queued\"}";
    }
    if (parts.length == 2 && parts[0].equals("Calls")) {
      return updateCall(parts[1], params);
    }
    if (parts.length == 3 && parts[0].equals("Calls") && parts[2].equals("Recordings")) {
      return "{\"sid\":\"RE" + "1".repeat(32) + "\",\"status\":\"in-progress\"}";
    }
    if (parts.length == 4 && parts[0].equals("Calls") && parts[2].equals("Recordings")) {
      return "{\"sid\":\"RE" + "0".repeat(32) + "\",\"status\":\"" + params.get("Status") + "\"}";
    }
    if (parts.length == 3 && parts[0].equals("Conferences") && parts[2].equals("Participants")) {
      return addParticipant(parts[1], params);
    }
    if (parts.length == 4 && parts[0].equals("Conferences") && parts[2].equals("Participants")) {
      FakeCall call = calls.get(parts[3]);
      if (call == null) {
        return null;
      }
      if (params.containsKey("Hold")) {
        call.line = "true".equals(params.get("Hold")) ? Line.HELD : Line.CONFERENCE;
      }
      return "{\"call_sid\":\"" + call.sid + "\",\"conference_sid\":\"" + parts[1] + "\"}";
    }
    return null;
  }

  private String originate(Map<String, String> params) {
    String sid = newSid("CA");
    FakeCall call = new FakeCall(sid, params.get("From"), params.get("To"), "outbound-api");
    calls.put(sid, call);
    String url = params.get("Url");
    String callback = params.get("StatusCallback");
    later(
        () -> {
          if (unanswered.contains(call.to)) {
            call.line = Line.ENDED;
            post(callback, callParams(call, "no-answer"));
          } else {
            run(call, post(url, callParams(call, "in-progress")));
          }
        });
    return "{\"sid\":\"" + sid + "\",\"status\":\"queued\"}";
  }

  private String updateCall(String sid, Map<String, String> params) {
    FakeCall call = calls.get(sid);
    LegInfo leg = legs.get(sid);
    if (call == null && leg == null) {
      return null;
    }
    if ("completed".equals(params.get("Status"))) {
      if (call != null && call.line != Line.ENDED) {
        end(call, "completed");
      } else if (leg != null && legs.remove(sid) != null) {
        Map<String, String> status = legParams(sid, leg, "completed");
        later(() -> post(leg.statusCallback(), status));
      }
    } else if (params.containsKey("Twiml") && call != null) {
      String twiml = params.get("Twiml");
      call.gather = null;
      later(() -> run(call, new Answer(200, twiml)));
    }
    return "{\"sid\":\"" + sid + "\",\"status\":\"in-progress\"}";
  }

  private String addParticipant(String conference, Map<String, String> params) {
    String sid = newSid("CA");
    String conferenceSid = "CF" + String.format("%032x", conference.hashCode() & 0xffffffffL);
    String to = params.get("To");
    LegInfo leg = new LegInfo(conference, to, params.get("StatusCallback"));
    legs.put(sid, leg);
    later(
        () -> {
          if (unanswered.contains(to)) {
            legs.remove(sid);
            post(leg.statusCallback(), legParams(sid, leg, "no-answer"));
          } else {
            Map<String, String> answered = legParams(sid, leg, "in-progress");
            answered.put("ConferenceSid", conferenceSid);
            post(leg.statusCallback(), answered);
          }
        });
    return "{\"account_sid\":\""
        + accountSid
        + "\",\"call_sid\":\""
        + sid
        + "\",\"conference_sid\":\""
        + conferenceSid
        + "\",\"status\":\"queued\",\"muted\":"
        + "true".equals(params.get("Muted"))
        + "}";
  }

  private Map<String, String> legParams(String sid, LegInfo leg, String status) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", accountSid);
    params.put("ApiVersion", "2010-04-01");
    params.put("CallSid", sid);
    params.put("CallStatus", status);
    params.put("CallbackSource", "call-progress-events");
    params.put("Direction", "outbound-api");
    params.put("From", "+15055550100");
    params.put("To", leg.endpoint());
    params.put("SequenceNumber", "0");
    params.put("Timestamp", "Tue, 24 Nov 2026 10:00:00 +0000");
    return params;
  }

  /** Text messages sent, by recipient. */
  public List<String> messagesTo() {
    return List.copyOf(messages);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.merge(name, value, (a, b) -> a + "," + b);
    }
    return params;
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    rest.stop(0);
    async.shutdownNow();
  }
}
