package org.cityline.app.web;

import java.util.List;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Handler;

/**
 * Passes requests for the paths Vert.x serves from the public Jetty port to the Vert.x HTTP server
 * on loopback, unchanged (method, path, query, headers, body), adding the X-Forwarded headers.
 */
public final class ApiProxy {

  /** The path prefixes Vert.x serves; each is mounted on the desktop's Jetty. */
  public static final List<String> PREFIXES = List.of("/api", "/health", "/phone", "/twilio");

  private ApiProxy() {}

  /** A new reverse proxy to the Vert.x server on {@code 127.0.0.1:apiPort}. */
  public static Handler to(int apiPort) {
    ProxyHandler.Reverse proxy =
        new ProxyHandler.Reverse(
            request ->
                HttpURI.build(request.getHttpURI())
                    .scheme("http")
                    .host("127.0.0.1")
                    .port(apiPort)
                    .asImmutable());
    proxy.setProxyToServerHost("127.0.0.1");
    return proxy;
  }
}
