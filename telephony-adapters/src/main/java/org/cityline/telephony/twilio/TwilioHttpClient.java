package org.cityline.telephony.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * The SDK's HTTP client on the JDK's: bounded time per request, one attempt for requests that
 * create or change something (a retried POST could ring an agent twice), and an optional base URL
 * in place of {@code https://api.twilio.com} (a test's loopback fake, an egress proxy).
 */
public final class TwilioHttpClient extends HttpClient {

  /** Twilio's REST API. */
  public static final String TWILIO_API = "https://api.twilio.com";

  private final java.net.http.HttpClient http;
  private final String apiBase;
  private final Duration timeout;

  /**
   * @param apiBase where {@code https://api.twilio.com} requests go ({@link #TWILIO_API} in
   *     production)
   * @param timeout the longest a request may take, connecting included
   */
  public TwilioHttpClient(String apiBase, Duration timeout) {
    this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
    this.timeout = timeout;
    this.http =
        java.net.http.HttpClient.newBuilder()
            .connectTimeout(timeout)
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public Response reliableRequest(
      Request request, int[] retryCodes, int retries, long delayMillis) {
    boolean safe = request.getMethod() == HttpMethod.GET;
    return super.reliableRequest(request, retryCodes, safe ? retries : 1, delayMillis);
  }

  @Override
  public Response makeRequest(Request request) {
    String url = request.constructURL().toString();
    if (url.startsWith(TWILIO_API)) {
      url = apiBase + url.substring(TWILIO_API.length());
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("User-Agent", "cityline-twilio");
    if (request.requiresAuthentication()) {
      builder.header("Authorization", request.getAuthString());
    }
    for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    HttpMethod method = request.getMethod();
    if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
      builder.method(method.toString(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/x-www-form-urlencoded");
      builder.method(
          method.toString(), HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      // The SDK reads the headers when it logs at debug: never leave them null.
      Header[] headers =
          response.headers().map().entrySet().stream()
              .flatMap(h -> h.getValue().stream().map(v -> new BasicHeader(h.getKey(), v)))
              .toArray(Header[]::new);
      return new Response(response.body(), response.statusCode(), headers);
    } catch (IOException e) {
      throw new ApiConnectionException(
          "Twilio's REST API did not answer " + method + " " + pathOf(url) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("interrupted while calling Twilio's REST API", e);
    }
  }

  private static String pathOf(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
