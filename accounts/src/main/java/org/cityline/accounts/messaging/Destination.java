package org.cityline.accounts.messaging;

import org.cityline.common.PhoneNumber;

/** Where a message goes. */
public sealed interface Destination {

  /** A text message to a phone. */
  record TextMessage(PhoneNumber phone) implements Destination {
    public TextMessage {
      if (phone == null) {
        throw new IllegalArgumentException("a text message needs a phone number");
      }
    }
  }

  /** An e-mail. */
  record Email(String address) implements Destination {
    public Email {
      if (address == null || !address.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}")) {
        throw new IllegalArgumentException("not an e-mail address");
      }
    }

    /** Never the whole address: "m…@example.com". */
    @Override
    public String toString() {
      return "Email[" + address.charAt(0) + "…" + address.substring(address.indexOf('@')) + "]";
    }
  }
}
