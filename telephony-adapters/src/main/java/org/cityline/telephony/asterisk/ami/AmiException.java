package org.cityline.telephony.asterisk.ami;

/** An AMI action could not be sent or was not answered; the message says where and why. */
public class AmiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AmiException(String message) {
    super(message);
  }

  public AmiException(String message, Throwable cause) {
    super(message, cause);
  }
}
