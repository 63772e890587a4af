package org.cityline.app.web;

import java.util.List;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Passes requests under the Vert.x paths from the public Jetty port to the Vert.x HTTP server on
 * loopback, unchanged (method, path, query, headers, body), adding the X-Forwarded headers.
 * Requests for other paths are left to the next handler (the desktop).
 */
public final class ApiProxy extends Handler.Wrapper {

  /** The path prefixes Vert.x serves. */
  public static final List<String> PREFIXES = List.of("/api", "/health", "/phone");

  private final int apiPort;

  public ApiProxy(int apiPort) {
    this.apiPort = apiPort;
    ProxyHandler.Reverse proxy = new ProxyHandler.Reverse(this::target);
    proxy.setProxyToServerHost("127.0.0.1");
    setHandler(proxy);
  }

  /** Whether a path is served by Vert.x: a prefix itself or anything below it. */
  public static boolean servedByApi(String path) {
    return PREFIXES.stream()
        .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!servedByApi(Request.getPathInContext(request))) {
      return false;
    }
    return super.handle(request, response, callback);
  }

  private HttpURI target(Request request) {
    HttpURI uri = request.getHttpURI();
    return HttpURI.build(uri).scheme("http").host("127.0.0.1").port(apiPort).asImmutable();
  }
}
