package org.cityline.desktop.server;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;

/**
 * A Jetty handler served beside the desktop on a path prefix, ahead of Vaadin: {@code /api} gets
 * {@code /api} and everything under {@code /api/}, whatever the desktop would have answered. The
 * launcher mounts its reverse proxy to the Vert.x server this way ({@code /api}, {@code /health},
 * {@code /phone}). Request paths reach the handler unchanged (the prefix is not stripped).
 *
 * @param prefix one or more path segments, starting with '/' and not ending with one ({@code /api},
 *     {@code /sim/phone}); letters, digits, '.', '_' and '-'; not a path of the desktop itself
 * @param handler the handler; started and stopped with the server
 */
public record Mount(String prefix, Handler handler) {

  private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._-]+)+");

  /** First path segments the desktop answers itself; a mount there would hide it. */
  static final Set<String> RESERVED =
      Set.of(
          "VAADIN",
          "HEARTBEAT",
          "login",
          "agent",
          "supervisor",
          "approvals",
          "cityline",
          "lumo",
          "sw.js");

  public Mount {
    Objects.requireNonNull(handler, "a mount needs a handler");
    if (prefix == null || prefix.length() > 100 || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "a mount prefix is one or more path segments such as /api or /sim/phone, with no"
              + " trailing slash; got "
              + (prefix == null ? "nothing" : "'" + prefix + "'"));
    }
    String first = prefix.substring(1).split("/", 2)[0];
    if (RESERVED.contains(first)) {
      throw new IllegalArgumentException(
          "the prefix "
              + prefix
              + " would hide the desktop's own /"
              + first
              + "; mount the handler elsewhere");
    }
  }
}
