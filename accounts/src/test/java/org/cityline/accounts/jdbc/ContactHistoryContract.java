package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.RecentContact;
import org.cityline.accounts.WrapUp;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.junit.jupiter.api.Test;

/**
 * Finished contacts and wrap-ups: recorded exactly once, however often and however concurrently.
 */
abstract class ContactHistoryContract {

  private static final Instant ARRIVED = DemoCityDatabase.SEEDED_AT.plusSeconds(3600);

  abstract StoreEngine engine();

  private ContactHistory contacts() {
    return engine().store().contacts();
  }

  @Test
  void aContactEndIsRecordedOnceAndReadBackAsWritten() {
    AccountNumber account = DemoCity.SHOWCASE_DELINQUENT.account();
    ContactRecord contact = answered(ContactId.random(), account, ARRIVED);

    assertThat(contacts().recordEnded(contact)).isTrue();
    assertThat(contacts().recordEnded(contact)).isFalse();
    assertThat(contacts().recordEnded(abandoned(contact.id(), account, ARRIVED.plusSeconds(5))))
        .isFalse();

    assertThat(contacts().recentForAccount(account, 100))
        .filteredOn(c -> c.id().equals(contact.id()))
        .containsExactly(contact);
  }

  @Test
  void twoNodesRecordingTheSameEndAtOnceStoreItOnce() throws Exception {
    AccountNumber account = DemoCity.SHOWCASE_SHARED_PHONE_HOME.account();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 10; round++) {
        ContactRecord contact = answered(ContactId.random(), account, ARRIVED.plusSeconds(round));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int node = 0; node < 8; node++) {
          Callable<Boolean> attempt =
              () -> {
                start.await();
                return contacts().recordEnded(contact);
              };
          attempts.add(threads.submit(attempt));
        }
        start.countDown();
        int stored = 0;
        for (Future<Boolean> attempt : attempts) {
          stored += attempt.get() ? 1 : 0;
        }
        assertThat(stored).as("round " + round).isEqualTo(1);
        assertThat(contacts().recentForAccount(account, 100))
            .filteredOn(c -> c.id().equals(contact.id()))
            .hasSize(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void contactsEndedInASpanAreListedOldestFirstAndLimited() {
    AccountNumber account = DemoCity.SHOWCASE_NO_PHONE.account();
    Instant day = ARRIVED.plusSeconds(86_400L * (500 + (long) (Math.random() * 10_000)));
    List<ContactId> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ContactId id = ContactId.random();
      ids.add(id);
      contacts().recordEnded(answered(id, account, day.plusSeconds(600L * i)));
    }
    Instant from = day.plusSeconds(300);
    Instant to = day.plusSeconds(900);

    assertThat(contacts().endedBetween(from, to.plusSeconds(1), 10))
        .extracting(ContactRecord::id)
        .containsExactly(ids.get(0), ids.get(1));
    assertThat(contacts().endedBetween(from, to.plusSeconds(1), 1))
        .extracting(ContactRecord::id)
        .containsExactly(ids.get(0));
    assertThatThrownBy(() -> contacts().endedBetween(from, to, 0)).hasMessageContaining("limit");
  }

  @Test
  void recentContactsAreNewestFirstAndLimited() {
    AccountNumber account = DemoCity.SHOWCASE_NO_PHONE.account();
    List<ContactId> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ContactId id = ContactId.random();
      ids.add(id);
      contacts().recordEnded(answered(id, account, ARRIVED.plusSeconds(86_400L * (i + 10))));
    }

    assertThat(contacts().recentForAccount(account, 2))
        .extracting(ContactRecord::id)
        .containsExactly(ids.get(2), ids.get(1));
    assertThatThrownBy(() -> contacts().recentForAccount(account, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> contacts().recentForAccount(account, 101))
        .hasMessageContaining("limit");
  }

  @Test
  void aWrapUpIsStoredAuditedOnceAndShownWithItsContact() {
    AccountNumber account = DemoCity.SHOWCASE_ARRANGEMENT.account();
    ContactRecord contact = answered(ContactId.random(), account, ARRIVED.plusSeconds(7));
    contacts().recordEnded(contact);
    WrapUp wrapUp =
        new WrapUp(
            contact.id(),
            Optional.of(account),
            "agent",
            "payment-arrangement",
            "Reviewed the arrangement; <b>no</b> changes.",
            contact.endedAt().plusSeconds(30));

    contacts().recordWrapUp(wrapUp);
    contacts().recordWrapUp(wrapUp);

    List<AuditEntry> audit =
        engine().store().audit().forAccount(account, 50).stream()
            .filter(entry -> entry.contact().equals(Optional.of(contact.id())))
            .toList();
    assertThat(audit)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("wrap-up");
              assertThat(entry.actor()).isEqualTo("agent");
              assertThat(entry.detail()).contains("payment-arrangement");
            });
    List<RecentContact> recent =
        engine().store().customers().detail(account).orElseThrow().recentContacts();
    assertThat(recent)
        .filteredOn(r -> r.contact().id().equals(contact.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.wrapUps()).containsExactly(wrapUp));
  }

  @Test
  void aContactThatEndedInTheIvrHasNoAccountQueueOrAgent() {
    ContactRecord contact =
        new ContactRecord(
            ContactId.random(),
            "voice",
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty(),
            "abandoned",
            "greeting\nhung up",
            ARRIVED,
            Optional.empty(),
            ARRIVED.plusSeconds(9));

    assertThat(contacts().recordEnded(contact)).isTrue();
    contacts()
        .recordWrapUp(
            new WrapUp(contact.id(), Optional.empty(), "agent", "wrong-number", "", ARRIVED));
  }

  @Test
  void anOverlongIvrTrailIsCutNotRefused() {
    AccountNumber account = DemoCity.SHOWCASE_SPANISH.account();
    ContactRecord contact =
        new ContactRecord(
            ContactId.random(),
            "voice",
            Optional.empty(),
            Optional.of(account),
            true,
            Optional.empty(),
            Optional.empty(),
            "self-service",
            "step\n".repeat(2_000),
            ARRIVED,
            Optional.empty(),
            ARRIVED.plusSeconds(60));

    assertThat(contacts().recordEnded(contact)).isTrue();

    ContactRecord stored =
        contacts().recentForAccount(account, 100).stream()
            .filter(c -> c.id().equals(contact.id()))
            .findFirst()
            .orElseThrow();
    assertThat(stored.ivrTrail()).hasSize(4000).endsWith("[trail cut]");
  }

  @Test
  void aFailedContactKeepsWhyItFailedAndAnOverlongReasonIsCut() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    ContactRecord failed =
        withReason(
            answered(ContactId.random(), account, ARRIVED.plusSeconds(11)),
            Optional.of("callback not answered after 3 calls (no answer)"));
    ContactRecord overlong =
        withReason(
            answered(ContactId.random(), account, ARRIVED.plusSeconds(12)),
            Optional.of("x".repeat(ContactRecord.MAX_END_REASON + 1)));

    assertThat(contacts().recordEnded(failed)).isTrue();
    assertThat(contacts().recordEnded(overlong)).isTrue();

    List<ContactRecord> recent = contacts().recentForAccount(account, 100);
    assertThat(recent).filteredOn(c -> c.id().equals(failed.id())).containsExactly(failed);
    assertThat(recent)
        .filteredOn(c -> c.id().equals(overlong.id()))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.endReason().orElseThrow())
                    .hasSize(ContactRecord.MAX_END_REASON)
                    .endsWith("..."));
    assertThatThrownBy(
            () ->
                contacts()
                    .recordEnded(withReason(answered(ContactId.random(), account, ARRIVED), null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMalformedContactRecordIsRefused() {
    ContactRecord good = answered(ContactId.random(), DemoCity.SHOWCASE_ENGLISH.account(), ARRIVED);

    assertThatThrownBy(() -> contacts().recordEnded(withChannel(good, "VOICE'; --")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channel");
    assertThatThrownBy(() -> contacts().recordEnded(withChannel(good, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> contacts().recordEnded(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(contacts().recordEnded(good)).isTrue();
  }

  private static ContactRecord answered(ContactId id, AccountNumber account, Instant arrived) {
    return new ContactRecord(
        id,
        "voice",
        Optional.of(PhoneNumber.of("+15055550103")),
        Optional.of(account),
        true,
        Optional.of("billing"),
        Optional.of("agent"),
        "answered",
        "greeting: english\nidentified by caller number\nbalance read\npressed 0",
        arrived,
        Optional.of(arrived.plusSeconds(42)),
        arrived.plusSeconds(300));
  }

  private static ContactRecord abandoned(ContactId id, AccountNumber account, Instant arrived) {
    return new ContactRecord(
        id,
        "voice",
        Optional.empty(),
        Optional.of(account),
        false,
        Optional.of("billing"),
        Optional.empty(),
        "abandoned",
        "",
        arrived,
        Optional.empty(),
        arrived.plusSeconds(20));
  }

  private static ContactRecord withReason(ContactRecord c, Optional<String> reason) {
    return new ContactRecord(
        c.id(),
        c.channel(),
        c.caller(),
        c.account(),
        c.verified(),
        c.queue(),
        c.agent(),
        "failed",
        c.ivrTrail(),
        c.arrivedAt(),
        c.answeredAt(),
        c.endedAt(),
        reason);
  }

  private static ContactRecord withChannel(ContactRecord c, String channel) {
    return new ContactRecord(
        c.id(),
        channel,
        c.caller(),
        c.account(),
        c.verified(),
        c.queue(),
        c.agent(),
        c.outcome(),
        c.ivrTrail(),
        c.arrivedAt(),
        c.answeredAt(),
        c.endedAt(),
        c.endReason());
  }
}
