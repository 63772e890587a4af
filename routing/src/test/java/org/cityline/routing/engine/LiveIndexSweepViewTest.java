package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cityline.routing.AgentId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.Test;

/**
 * What the sweep reads from the index: the contacts not waiting, and per queue the waiting ones
 * that joined by a time, first joined first, so that a queue of thousands costs the sweep only the
 * few due to overflow.
 */
class LiveIndexSweepViewTest {

  private static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");
  private static final QueueId BILLING = new QueueId("billing");

  private final LiveIndex index = new LiveIndex();

  @Test
  void onlyTheContactsThatJoinedByTheCutoffComeBackFirstJoinedFirst() {
    index.contact(waiting("late", 10));
    index.contact(waiting("early", 300));
    index.contact(waiting("middle", 120));

    assertThat(index.joinedBy(BILLING, NOW.minusSeconds(100)))
        .extracting(contact -> contact.id().value())
        .containsExactly("early", "middle");
    assertThat(index.joinedBy(BILLING, NOW.minusSeconds(1_000))).isEmpty();
    assertThat(index.joinedBy(new QueueId("spanish"), NOW)).isEmpty();
  }

  @Test
  void anOfferedContactLeavesTheWaitingViewAndIsSweptAsNotWaiting() {
    Contact early = waiting("early", 300);
    index.contact(early);
    index.contact(waiting("other", 200));

    Contact offered =
        applied(
                new ContactCommand.Offer(new AgentId("ann"), 1, NOW, NOW.plusSeconds(20))
                    .applyTo(early))
            .versioned(early.version() + 1);
    index.contact(offered);

    assertThat(index.joinedBy(BILLING, NOW))
        .extracting(contact -> contact.id().value())
        .containsExactly("other");
    assertThat(index.notWaiting())
        .extracting(contact -> contact.id().value())
        .containsExactly("early");

    Contact back =
        applied(
                new ContactCommand.ReturnToQueue(
                        new AgentId("ann"), ContactCommand.ReturnToQueue.Why.REJECTED, NOW)
                    .applyTo(offered))
            .versioned(offered.version() + 1);
    index.contact(back);

    assertThat(index.notWaiting()).isEmpty();
    assertThat(index.joinedBy(BILLING, NOW)).hasSize(2);
  }

  @Test
  void aRemovedContactIsInNeitherView() {
    Contact early = waiting("early", 300);
    index.contact(early);
    index.contact(
        applied(
            new ContactCommand.Offer(new AgentId("ann"), 1, NOW, NOW.plusSeconds(20))
                .applyTo(waiting("offered", 100))));

    index.contactRemoved(early.id(), early.version());
    index.contactRemoved(new org.cityline.common.ContactId("offered"), Long.MAX_VALUE);

    assertThat(index.joinedBy(BILLING, NOW)).isEmpty();
    assertThat(index.notWaiting()).isEmpty();
    assertThat(index.liveIn(BILLING)).isZero();
  }

  private static Contact waiting(String id, int secondsAgo) {
    Instant joined = NOW.minusSeconds(secondsAgo);
    return Contact.queued(Requests.billing(id, joined), QueueDefinition.billing(), joined);
  }

  private static <T> T applied(Change<T> change) {
    return ((Change.Applied<T>) change).after();
  }
}
