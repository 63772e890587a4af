package org.cityline.telephony.asterisk.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI server's listening socket, letting only the configured PBXs in: a connection from any
 * other address is closed before a byte is read, and logged.
 */
final class AllowListSocket implements ServerSocketFacade {

  private static final Logger log = LoggerFactory.getLogger(AllowListSocket.class);

  private final ServerSocketFacade delegate;
  private final Set<InetAddress> allowed;

  AllowListSocket(ServerSocketFacade delegate, Set<InetAddress> allowed) {
    this.delegate = delegate;
    this.allowed = Set.copyOf(allowed);
  }

  /** Resolves the configured PBX addresses once, at start. */
  static Set<InetAddress> resolve(List<String> hosts) {
    Set<InetAddress> addresses = new HashSet<>();
    for (String host : hosts) {
      try {
        addresses.addAll(List.of(InetAddress.getAllByName(host.strip())));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(
            "asterisk.agi.allowed-pbx names '" + host + "', which does not resolve", e);
      }
    }
    return addresses;
  }

  @Override
  public SocketConnectionFacade accept() throws IOException {
    while (true) {
      SocketConnectionFacade socket = delegate.accept();
      InetAddress peer = socket.getRemoteAddress();
      if (allowed.contains(peer)) {
        return socket;
      }
      log.warn(
          "refused a FastAGI connection from {}: not in asterisk.agi.allowed-pbx {}",
          peer == null ? "an unknown address" : peer.getHostAddress(),
          allowed.stream().map(InetAddress::getHostAddress).sorted().toList());
      try {
        socket.close();
      } catch (IOException e) {
        log.debug("closing a refused FastAGI connection failed", e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }

  @Override
  public void setSocketReadTimeout(int socketReadTimeout) {
    delegate.setSocketReadTimeout(socketReadTimeout);
  }
}
