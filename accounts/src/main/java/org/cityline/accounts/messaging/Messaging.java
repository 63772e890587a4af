package org.cityline.accounts.messaging;

/**
 * The port for messages to customers: a text message (Twilio SMS in production, issue 6) or an
 * e-mail. The default is the {@link SandboxOutbox}, which keeps messages instead of sending them.
 *
 * <p>May block on the network: call it from virtual threads or workers.
 */
@FunctionalInterface
public interface Messaging {

  /** Sends one message; failures are results, not exceptions. */
  MessageResult send(OutboundMessage message);
}
