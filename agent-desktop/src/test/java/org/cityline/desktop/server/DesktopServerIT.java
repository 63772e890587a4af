package org.cityline.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cityline.desktop.testing.DesktopFixture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real server, run by Failsafe on the packaged jar (so with the production bundle and its
 * flow-build-info.json, as the app runs it).
 */
class DesktopServerIT {

  private final DesktopFixture fixture = new DesktopFixture();
  private final HttpClient http = HttpClient.newHttpClient();
  private DesktopServer server;

  /** Answers every request with its own name and the path it saw. */
  private static Handler answering(String name) {
    return new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        String body = name + " " + Request.getPathInContext(request);
        response.write(true, StandardCharsets.UTF_8.encode(body), callback);
        return true;
      }
    };
  }

  @BeforeEach
  void start() {
    server =
        new DesktopServer(
            new DesktopServer.Settings("127.0.0.1", 0),
            fixture.services,
            List.of(
                new Mount("/api", answering("api")), new Mount("/health", answering("health"))));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSignInPageAndTheBundleAnswerInProductionMode() throws Exception {
    HttpResponse<String> login = get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<title>Cityline</title>");

    Matcher bundle = Pattern.compile("/VAADIN/build/[A-Za-z0-9_.-]+\\.js").matcher(login.body());
    assertThat(bundle.find()).as("production index.html names the prebuilt bundle").isTrue();
    assertThat(get(bundle.group()).statusCode()).isEqualTo(200);
  }

  @Test
  void staticResourcesAnswer() throws Exception {
    HttpResponse<String> clock = get("/cityline/elapsed-clock.js");
    assertThat(clock.statusCode()).isEqualTo(200);
    assertThat(clock.body()).contains("customElements.define('cityline-elapsed'");
    assertThat(get("/cityline/desktop.css").statusCode()).isEqualTo(200);
    assertThat(get("/lumo/lumo.css").statusCode()).isEqualTo(200);
  }

  @Test
  void mountedHandlersComeBeforeTheDesktopAndSeeTheWholePath() throws Exception {
    assertThat(get("/api/sim/calls").body()).isEqualTo("api /api/sim/calls");
    assertThat(get("/api").body()).isEqualTo("api /api");
    assertThat(get("/health").body()).isEqualTo("health /health");

    HttpResponse<String> beside = get("/apis");
    assertThat(beside.body()).as("a longer first segment is the desktop's").doesNotStartWith("api");
  }

  @Test
  void aTakenPortFailsClearlyAndLeavesNothingBehind() throws Exception {
    Set<Long> before = desktopThreads();
    DesktopServer second =
        new DesktopServer(
            new DesktopServer.Settings("127.0.0.1", server.port()), fixture.services, List.of());

    assertThatThrownBy(second::start)
        .isInstanceOf(DesktopServerException.class)
        .hasMessageContaining("cannot listen on 127.0.0.1:" + server.port())
        .hasMessageContaining("another program");

    assertThat(desktopThreads()).isEqualTo(before);
    assertThat(get("/login").statusCode()).as("the first server is untouched").isEqualTo(200);
  }

  @Test
  void stoppingReleasesThePort() throws Exception {
    int port = server.port();
    server.stop();

    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(socket.getLocalPort()).isEqualTo(port);
    }
    server.stop(); // a second stop does nothing
    server.start();
    assertThat(get("/login").statusCode()).isEqualTo(200);
    assertThat(URI.create(server.uri().toString()).getPort()).isPositive();
  }

  /**
   * The live desktop threads, by id: a pool thread renames itself while it runs a job (the first
   * server's acceptor shows as "desktop-http-78-acceptor-0@..."), so names alone made this racy.
   */
  private static Set<Long> desktopThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> thread.getName().startsWith("desktop-http"))
        .map(Thread::threadId)
        .collect(Collectors.toSet());
  }
}
