package org.cityline.telephony.asterisk.ami;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.PingThread;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ProtocolIdentifierReceivedEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cityline's one connection to a PBX's Asterisk Manager Interface, through Asterisk-Java's {@link
 * ManagerConnection}.
 *
 * <ul>
 *   <li>The first login is retried with exponential backoff (250 ms doubling to 30 s), also after a
 *       refused login, which is logged as an error naming the user and what to check.
 *   <li>After a drop or a PBX restart Asterisk-Java reconnects by itself (state {@code
 *       RECONNECTING}); every successful login, the first included, calls {@code onConnected} (the
 *       adapter resynchronises its calls there).
 *   <li>A ping every 20 s keeps the connection busy; 65 s without a byte from the PBX (a cut cable,
 *       a PBX frozen without closing the socket) closes it, so the reconnection starts.
 *   <li>Events leave Asterisk-Java's reader at once: the listener only queues them; one virtual
 *       thread hands them to the sink in order, so a slow sink never makes Asterisk-Java drop
 *       events.
 * </ul>
 */
public final class ManagerLink implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ManagerLink.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(250);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);
  private static final long ACTION_TIMEOUT_MS = 10_000;
  private static final long PING_INTERVAL_MS = 20_000;
  private static final int SILENCE_LIMIT_MS = 65_000;

  /** How the link stands, for health checks. */
  public enum State {
    CONNECTING,
    CONNECTED,
    RECONNECTING,
    LOGIN_REFUSED,
    CLOSED
  }

  private final String where;
  private final String user;
  private final ManagerConnection connection;
  private final PingThread pings;
  private final Consumer<ManagerEvent> sink;
  private final Runnable onConnected;
  private final BlockingQueue<ManagerEvent> events = new LinkedBlockingQueue<>();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong handled = new AtomicLong();
  private volatile State state = State.CONNECTING;
  private volatile boolean closed;
  private Thread login;
  private Thread dispatcher;

  /**
   * @param sink receives every PBX event, in order, on one virtual thread
   * @param onConnected runs (on that thread) after each successful login
   */
  public ManagerLink(
      String host,
      int port,
      String user,
      String secret,
      Consumer<ManagerEvent> sink,
      Runnable onConnected) {
    this.where = host + ":" + port;
    this.user = user;
    this.sink = sink;
    this.onConnected = onConnected;
    DefaultManagerConnection managerConnection =
        new DefaultManagerConnection(host, port, user, secret);
    managerConnection.setSocketReadTimeout(SILENCE_LIMIT_MS);
    this.connection = managerConnection;
    this.connection.addEventListener(this::queue);
    this.pings = new PingThread(connection);
    this.pings.setInterval(PING_INTERVAL_MS);
  }

  /** Starts logging in (in the background) and handing events on. */
  public synchronized void start() {
    dispatcher = Thread.ofVirtual().name("cityline-ami-events").start(this::dispatch);
    login = Thread.ofVirtual().name("cityline-ami-login").start(this::logIn);
    pings.start();
  }

  public State state() {
    return state;
  }

  /** Where the PBX is, {@code host:port}. */
  public String where() {
    return where;
  }

  /** True when every event received so far has been handed to the sink (for tests). */
  public boolean drained() {
    return received.get() == handled.get();
  }

  /** PBX events received (not counting Asterisk-Java's own connect and disconnect notices). */
  public long eventsReceived() {
    return received.get();
  }

  /**
   * Sends an action and waits for its response.
   *
   * @throws AmiException when not logged in, or the PBX does not answer in time
   */
  public ManagerResponse send(ManagerAction action) {
    requireConnected(action);
    try {
      return connection.sendAction(action, ACTION_TIMEOUT_MS);
    } catch (IOException | org.asteriskjava.manager.TimeoutException | IllegalStateException e) {
      throw new AmiException(
          "the PBX at " + where + " did not take " + action.getAction() + ": " + e.getMessage(), e);
    }
  }

  /** Sends an action that answers with a list of events, and waits for all of them. */
  public ResponseEvents sendForEvents(EventGeneratingAction action) {
    requireConnected(action);
    try {
      return connection.sendEventGeneratingAction(action, ACTION_TIMEOUT_MS);
    } catch (IOException
        | org.asteriskjava.manager.EventTimeoutException
        | IllegalStateException e) {
      throw new AmiException(
          "the PBX at " + where + " did not list " + action.getAction() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    state = State.CLOSED;
    if (login != null) {
      login.interrupt();
      join(login); // a login in progress ends first, or its connection would outlive the link
    }
    ManagerConnectionState now = connection.getState();
    if (now == ManagerConnectionState.CONNECTED || now == ManagerConnectionState.RECONNECTING) {
      try {
        connection.logoff();
      } catch (RuntimeException e) {
        log.debug("AMI logoff from {} failed: {}", where, e.toString());
      }
    }
    pings.die();
    if (dispatcher != null) {
      dispatcher.interrupt();
    }
    join(pings);
    join(dispatcher);
  }

  private void requireConnected(ManagerAction action) {
    if (closed || connection.getState() != ManagerConnectionState.CONNECTED) {
      throw new AmiException(
          "cannot send "
              + action.getAction()
              + ": the AMI connection to "
              + where
              + " is "
              + (closed ? "closed" : state.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  private void logIn() {
    Duration wait = FIRST_RETRY;
    while (!closed) {
      try {
        connection.login();
        return;
      } catch (AuthenticationFailedException e) {
        state = State.LOGIN_REFUSED;
        log.error(
            "the PBX at {} refused the AMI login of user '{}' ({}): check the secret and the"
                + " permit lines for that user in manager.conf; retrying in {} ms",
            where,
            user,
            e.getMessage(),
            wait.toMillis());
      } catch (IOException | org.asteriskjava.manager.TimeoutException | RuntimeException e) {
        log.warn(
            "cannot log in to AMI at {} ({}); retrying in {} ms",
            where,
            e.toString(),
            wait.toMillis());
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        return;
      }
      wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
    }
  }

  private void queue(ManagerEvent event) {
    if (!(event instanceof ConnectEvent
        || event instanceof DisconnectEvent
        || event instanceof ProtocolIdentifierReceivedEvent)) {
      received.incrementAndGet();
    }
    events.add(event);
  }

  private void dispatch() {
    while (!closed) {
      ManagerEvent event;
      try {
        event = events.take();
      } catch (InterruptedException e) {
        return;
      }
      try {
        handle(event);
      } catch (RuntimeException e) {
        log.error("handling the AMI event {} failed", event.getClass().getSimpleName(), e);
      } finally {
        if (!(event instanceof ConnectEvent
            || event instanceof DisconnectEvent
            || event instanceof ProtocolIdentifierReceivedEvent)) {
          handled.incrementAndGet();
        }
      }
    }
  }

  private void handle(ManagerEvent event) {
    switch (event) {
      case ConnectEvent connected -> {
        state = State.CONNECTED;
        log.info("AMI connected to {} as '{}'", where, user);
        onConnected.run();
      }
      case DisconnectEvent disconnected -> {
        if (!closed) {
          state = State.RECONNECTING;
          log.warn("the AMI connection to {} dropped; reconnecting", where);
        }
      }
      case ProtocolIdentifierReceivedEvent identifier -> {}
      default -> sink.accept(event);
    }
  }

  private static void join(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
