package org.cityline.common.call;

/** A phone system refused or failed a {@link CallControl} request. */
public class CallControlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal that concerns no particular call (placing a call, say). */
  public CallControlException(String message) {
    super(message);
  }

  public CallControlException(CallId call, String message) {
    super(call + ": " + message);
  }

  public CallControlException(CallId call, String message, Throwable cause) {
    super(call + ": " + message, cause);
  }
}
