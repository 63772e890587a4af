package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.Overflow;
import org.cityline.routing.QueueDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves contacts that waited too long: to the queue an overflow rule or the queue's maximum wait
 * names (keeping their place by waiting time), or out of the center (the caller is connected to the
 * outside destination and the contact ends, overflowed out). A callback never leaves the center.
 * The leading node's sweep finds the contacts due.
 */
final class Overflows {

  private static final Logger LOG = LoggerFactory.getLogger(Overflows.class);

  private final Ops ops;
  private final Announcer announce;
  private final Statistics statistics;
  private final Endings endings;
  private final Matcher matcher;

  Overflows(Ops ops, Announcer announce, Statistics statistics, Endings endings, Matcher matcher) {
    this.ops = ops;
    this.announce = announce;
    this.statistics = statistics;
    this.endings = endings;
    this.matcher = matcher;
  }

  /** Where this waiting contact must go now, if anywhere. */
  Optional<Overflow> due(IndexedContact contact, Instant now) {
    return ops.setup()
        .queues()
        .find(contact.queue())
        .flatMap(queue -> queue.overflowAfter(Duration.between(contact.queuedAt(), now)))
        .filter(target -> !(target instanceof Overflow.OutOfCenter) || !contact.callback());
  }

  void overflow(IndexedContact waiting, Overflow target) {
    Instant now = ops.now();
    switch (target) {
      case Overflow.ToQueue to -> {
        int priority =
            ops.setup().queues().find(to.queue()).map(QueueDefinition::priority).orElse(0);
        Change<Contact> change =
            ops.contact(
                waiting.id(),
                new ContactCommand.Overflow(to.queue(), priority, waiting.visit(), now));
        if (change instanceof Change.Applied<Contact> applied) {
          LOG.info(
              "Contact {} waited too long in {}; it overflows to {}",
              waiting.id(),
              waiting.queue(),
              to.queue());
          statistics.overflowed(waiting.queue());
          statistics.offered(applied.after());
          announce.contact(applied.after());
          matcher.drain();
        }
      }
      case Overflow.OutOfCenter out -> {
        Change<Contact> change =
            ops.contact(
                waiting.id(), new ContactCommand.OverflowOut(out.endpoint(), waiting.visit(), now));
        if (change instanceof Change.Applied<Contact> applied) {
          Contact ended = applied.after();
          LOG.info(
              "Contact {} waited too long in {}; it goes to {}",
              waiting.id(),
              waiting.queue(),
              out.endpoint());
          try {
            ops.setup().calls().connectAgent(ended.call(), out.endpoint());
          } catch (RuntimeException e) {
            LOG.warn(
                "Could not send caller {} to {}: {}", ended.call(), out.endpoint(), e.getMessage());
          }
          statistics.overflowed(waiting.queue());
          announce.contact(ended);
          endings.ended(ended);
        }
      }
    }
  }
}
