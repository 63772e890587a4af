package org.cityline.telephony.asterisk.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk-Java's FastAGI server, as Cityline runs it: bound to one address, PBXs outside the
 * allow-list refused, one script path mapped, and every session on a virtual thread (the library's
 * own pool stops at 500 sessions).
 */
public final class FastAgiGateway extends DefaultAgiServer {

  private static final Logger log = LoggerFactory.getLogger(FastAgiGateway.class);

  private final List<String> allowedPbx;
  private final CountDownLatch listening = new CountDownLatch(1);
  private volatile ThreadPoolExecutor sessions;
  private volatile Thread acceptor;
  private volatile IOException failure;

  /**
   * @param address the address to listen on
   * @param port the port
   * @param allowedPbx the PBX addresses (or names) that may connect
   * @param scripts the scripts by path ({@code cityline} for the IVR)
   */
  public FastAgiGateway(
      String address, int port, List<String> allowedPbx, Map<String, AgiScript> scripts) {
    SimpleMappingStrategy mapping = new SimpleMappingStrategy();
    mapping.setMappings(Map.copyOf(scripts));
    setMappingStrategy(mapping);
    try {
      setAddress(InetAddress.getByName(address));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "asterisk.agi.address '" + address + "' is not an address");
    }
    setPort(port);
    this.allowedPbx = List.copyOf(allowedPbx);
  }

  /**
   * Starts listening in the background and returns once the port is bound.
   *
   * @throws IOException when the address or port cannot be bound
   */
  public void start() throws IOException {
    acceptor =
        Thread.ofPlatform()
            .name("cityline-agi-accept")
            .daemon()
            .start(
                () -> {
                  try {
                    startup();
                  } catch (IOException e) {
                    failure = e;
                  } finally {
                    listening.countDown();
                  }
                });
    try {
      if (!listening.await(10, TimeUnit.SECONDS)) {
        throw new IOException("the FastAGI server did not start listening within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting the FastAGI server", e);
    }
    if (failure != null) {
      throw new IOException(
          "cannot listen for FastAGI on " + getAddress().getHostAddress() + ":" + getPort(),
          failure);
    }
  }

  /** Whether it is listening. */
  public boolean listening() {
    Thread thread = acceptor;
    return thread != null && thread.isAlive() && failure == null;
  }

  /** Sessions running now. */
  public int activeSessions() {
    ThreadPoolExecutor pool = sessions;
    return pool == null ? 0 : pool.getActiveCount();
  }

  /** Stops listening, ends the sessions' threads and waits for the listener to stop. */
  public void stop() {
    try {
      shutdown();
    } catch (IllegalStateException e) {
      log.debug("FastAGI server was not running", e);
    }
    ThreadPoolExecutor pool = sessions;
    if (pool != null) {
      pool.shutdownNow();
      try {
        pool.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Thread thread = acceptor;
    if (thread != null) {
      try {
        thread.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  protected ServerSocketFacade createServerSocket() throws IOException {
    ServerSocketFacade socket =
        new AllowListSocket(super.createServerSocket(), AllowListSocket.resolve(allowedPbx));
    listening.countDown();
    return socket;
  }

  @Override
  protected ThreadPoolExecutor createPool() {
    sessions =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            Thread.ofVirtual().name("cityline-agi-", 0).factory());
    return sessions;
  }
}
