package org.cityline.accounts.online;

/** How a password-reset link reaches the customer. */
public enum ResetChannel {
  /** A text message to the phone number on file. */
  TEXT_MESSAGE,
  /** An e-mail to the address on file. */
  EMAIL
}
