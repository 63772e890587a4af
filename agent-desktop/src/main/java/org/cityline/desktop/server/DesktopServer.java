package org.cityline.desktop.server;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.agent.account.ApprovalsView;
import org.cityline.desktop.signin.LoginView;
import org.cityline.desktop.signin.StartView;
import org.cityline.desktop.supervisor.SupervisorView;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.pathmap.ServletPathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent desktop's web server: embedded Jetty 12.1 (EE11) serving the Vaadin views in production
 * mode, the websocket container for server push, and any extra {@link Mount}s, which take
 * precedence over the desktop on their path prefixes.
 *
 * <p>Vaadin's start-up initializers are registered here with their classes named explicitly (the
 * routes, the page shell, the instantiator), instead of being found by Jetty's annotation scan: the
 * desktop starts the same from an IDE, from the jar, or from {@code java -jar} with a {@code lib/}
 * class path, where a scan would see nothing.
 *
 * <pre>{@code
 * DesktopServer server = new DesktopServer(new DesktopServer.Settings("0.0.0.0", 8080), services,
 *     List.of(new Mount("/api", proxy), new Mount("/health", proxy)));
 * server.start();   // DesktopServerException if it cannot; nothing is left running then
 * ...
 * server.stop();
 * }</pre>
 */
public final class DesktopServer implements AutoCloseable {

  /** The routes of the desktop, registered without a class-path scan. */
  static final List<Class<?>> ROUTES =
      List.of(
          StartView.class,
          LoginView.class,
          AgentView.class,
          SupervisorView.class,
          ApprovalsView.class,
          org.cityline.desktop.admin.UsersView.class,
          org.cityline.desktop.supervisor.AnnouncementView.class,
          org.cityline.desktop.reports.ReportsView.class);

  private static final Logger log = LoggerFactory.getLogger(DesktopServer.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration WEBSOCKET_IDLE = Duration.ofMinutes(5);

  private final Settings settings;
  private final DesktopServices services;
  private final List<Mount> mounts;
  private Server server;
  private ServerConnector connector;

  /**
   * Where the server listens.
   *
   * @param host the address to bind ({@code 0.0.0.0} for all, {@code 127.0.0.1} for this machine)
   * @param port the TCP port, or 0 for any free port (see {@link DesktopServer#port()})
   * @param sessionTimeout how long a desktop session lives without a request from its browser (an
   *     open tab sends a heartbeat every five minutes)
   */
  public record Settings(String host, int port, Duration sessionTimeout) {
    public Settings {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("the desktop needs a host to bind, e.g. 0.0.0.0");
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("a port is 0 to 65535, was " + port);
      }
      if (sessionTimeout == null || sessionTimeout.toMinutes() < 6) {
        throw new IllegalArgumentException(
            "a desktop session timeout is at least 6 minutes (longer than the 5-minute heartbeat),"
                + " was "
                + sessionTimeout);
      }
    }

    /** With sessions that end 30 minutes after the browser went quiet. */
    public Settings(String host, int port) {
      this(host, port, Duration.ofMinutes(30));
    }
  }

  public DesktopServer(Settings settings, DesktopServices services, List<Mount> mounts) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.services = Objects.requireNonNull(services, "services");
    this.mounts = List.copyOf(mounts);
    Set<String> prefixes = new HashSet<>();
    for (Mount mount : this.mounts) {
      if (!prefixes.add(mount.prefix())) {
        throw new IllegalArgumentException("two handlers are mounted on " + mount.prefix());
      }
    }
  }

  /**
   * Binds the port and starts Jetty and Vaadin.
   *
   * @throws DesktopServerException when the production bundle is missing, the port cannot be bound,
   *     or the desktop fails to start; every thread and socket is released first
   */
  public synchronized void start() {
    if (server != null) {
      throw new IllegalStateException("the desktop server is already started");
    }
    ProductionBundle.require(getClass().getClassLoader());
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("desktop-http");
    Server jetty = new Server(threads);
    jetty.setStopTimeout(STOP_TIMEOUT.toMillis());
    ServerConnector http = new ServerConnector(jetty);
    http.setHost(settings.host());
    http.setPort(settings.port());
    jetty.addConnector(http);
    jetty.setHandler(handlers(jetty));
    try {
      http.open();
    } catch (IOException e) {
      release(jetty, http);
      throw new DesktopServerException(
          "The desktop cannot listen on "
              + settings.host()
              + ":"
              + settings.port()
              + " ("
              + e.getMessage()
              + "). Is another program using that port? Stop it or choose another port.",
          e);
    }
    try {
      jetty.start();
    } catch (Exception e) {
      release(jetty, http);
      throw new DesktopServerException(
          "The desktop failed to start on " + settings.host() + ":" + settings.port() + ": " + e,
          e);
    }
    server = jetty;
    connector = http;
    log.info("Agent desktop listening on {}", uri());
  }

  /** The port listened on (the chosen one when the settings said 0). */
  public synchronized int port() {
    if (connector == null) {
      throw new IllegalStateException("the desktop server is not started");
    }
    return connector.getLocalPort();
  }

  /** The address a browser on this machine opens. */
  public URI uri() {
    String host = settings.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Stops the server and its handlers; does nothing if it is not running. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    Server stopping = server;
    server = null;
    connector = null;
    try {
      stopping.stop();
    } catch (Exception e) {
      throw new DesktopServerException("The desktop server did not stop cleanly: " + e, e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private PathMappingsHandler handlers(Server jetty) {
    // NoContext: handlers see the request as it came (full path, no context of their own).
    PathMappingsHandler paths = new PathMappingsHandler.NoContext();
    for (Mount mount : mounts) {
      paths.addMapping(new ServletPathSpec(mount.prefix() + "/*"), mount.handler());
    }
    paths.addMapping(new ServletPathSpec("/"), desktop(jetty));
    return paths;
  }

  private ServletContextHandler desktop(Server jetty) {
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/");
    context.setClassLoader(DesktopServer.class.getClassLoader());
    context.getSessionHandler().setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
    context.getSessionHandler().setHttpOnly(true);
    context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
    context.setBaseResource(StaticResources.of(context, getClass().getClassLoader()));
    context.setAttribute(DesktopServices.class.getName(), services);

    context.addServletContainerInitializer(
        new LookupServletContainerInitializer(),
        LookupInitializer.class,
        DesktopInstantiatorFactory.class);
    context.addServletContainerInitializer(
        new RouteRegistryInitializer(), ROUTES.toArray(Class<?>[]::new));
    context.addServletContainerInitializer(
        new ErrorNavigationTargetInitializer(),
        RouteNotFoundError.class,
        InternalServerError.class,
        RouteAccessDeniedError.class);
    context.addServletContainerInitializer(new VaadinAppShellInitializer(), DesktopShell.class);
    JakartaWebSocketServletContainerInitializer.configure(
        context,
        (servletContext, container) ->
            container.setDefaultMaxSessionIdleTimeout(WEBSOCKET_IDLE.toMillis()));

    ServletHolder vaadin = new ServletHolder("desktop", VaadinServlet.class);
    vaadin.setAsyncSupported(true);
    vaadin.setInitOrder(1);
    context.addServlet(vaadin, "/*");
    return context;
  }

  private static void release(Server jetty, ServerConnector http) {
    try {
      jetty.stop();
    } catch (Exception e) {
      log.warn("Cleaning up after a failed desktop start: {}", e.toString());
    }
    http.close();
  }
}
