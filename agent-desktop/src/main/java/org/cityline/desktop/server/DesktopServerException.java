package org.cityline.desktop.server;

/**
 * The desktop's web server could not start (port taken, production bundle missing) or stop. The
 * message says what failed and what to do; nothing is left running when it is thrown from {@link
 * DesktopServer#start()}.
 */
public class DesktopServerException extends RuntimeException {

  public DesktopServerException(String message) {
    super(message);
  }

  public DesktopServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
