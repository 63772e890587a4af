package org.cityline.telephony.asterisk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free loopback port for a test's FastAGI server. */
public final class AsteriskTestPorts {

  private AsteriskTestPorts() {}

  public static int free() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
