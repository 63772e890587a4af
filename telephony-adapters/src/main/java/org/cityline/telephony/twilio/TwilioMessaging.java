package org.cityline.telephony.twilio;

import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.messaging.OutboundMessage;
import org.cityline.telephony.twilio.TwilioRest.RestFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Messaging} port on Twilio's Messages API: text messages (password-reset links,
 * callback confirmations) go from the utility's number. E-mails are refused (another carrier's
 * job). Logs name the purpose, never the body.
 */
public final class TwilioMessaging implements Messaging {

  private static final Logger log = LoggerFactory.getLogger(TwilioMessaging.class);

  private final TwilioRest rest;

  TwilioMessaging(TwilioRest rest) {
    this.rest = rest;
  }

  @Override
  public MessageResult send(OutboundMessage message) {
    if (!(message.to() instanceof Destination.TextMessage text)) {
      return new MessageResult.Failed("Twilio sends text messages only, not e-mail");
    }
    try {
      String sid = rest.text(text.phone().e164(), message.body());
      log.info("{} text sent to {} as {}", message.purpose(), text.phone(), sid);
      return new MessageResult.Sent(sid);
    } catch (RestFailure e) {
      log.warn("{} text to {} not sent: {}", message.purpose(), text.phone(), e.getMessage());
      return new MessageResult.Failed(e.getMessage());
    }
  }
}
