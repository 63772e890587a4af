package org.cityline.desktop.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;

/** Contact history in a list, recording each contact's end at most once. */
public final class FakeContactHistory implements ContactHistory {

  private final List<ContactRecord> ended = new ArrayList<>();
  private final List<WrapUp> wrapUps = new ArrayList<>();

  @Override
  public synchronized boolean recordEnded(ContactRecord contact) {
    if (ended.stream().anyMatch(existing -> existing.id().equals(contact.id()))) {
      return false;
    }
    ended.add(contact);
    return true;
  }

  @Override
  public synchronized void recordWrapUp(WrapUp wrapUp) {
    wrapUps.add(wrapUp);
  }

  @Override
  public synchronized List<ContactRecord> recentForAccount(AccountNumber account, int limit) {
    return ended.stream()
        .filter(record -> record.account().filter(account::equals).isPresent())
        .sorted(Comparator.comparing(ContactRecord::endedAt).reversed())
        .limit(limit)
        .toList();
  }

  public synchronized List<WrapUp> wrapUps() {
    return List.copyOf(wrapUps);
  }

  @Override
  public synchronized List<ContactRecord> endedBetween(
      java.time.Instant from, java.time.Instant to, int limit) {
    return ended.stream()
        .filter(c -> !c.endedAt().isBefore(from) && c.endedAt().isBefore(to))
        .sorted(java.util.Comparator.comparing(ContactRecord::endedAt))
        .limit(limit)
        .toList();
  }
}
