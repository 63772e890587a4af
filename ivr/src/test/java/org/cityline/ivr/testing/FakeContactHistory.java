package org.cityline.ivr.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.common.ContactId;

/** Contact records in memory, each recorded at most once, as the real store promises. */
public final class FakeContactHistory implements ContactHistory {

  private final Map<ContactId, ContactRecord> ended = new ConcurrentHashMap<>();
  private final List<WrapUp> wrapUps = new CopyOnWriteArrayList<>();

  @Override
  public boolean recordEnded(ContactRecord contact) {
    return ended.putIfAbsent(contact.id(), contact) == null;
  }

  @Override
  public void recordWrapUp(WrapUp wrapUp) {
    wrapUps.add(wrapUp);
  }

  @Override
  public List<ContactRecord> recentForAccount(AccountNumber account, int limit) {
    return ended.values().stream()
        .filter(record -> record.account().equals(Optional.of(account)))
        .limit(limit)
        .toList();
  }

  /** Every contact recorded as ended. */
  public List<ContactRecord> ended() {
    return new ArrayList<>(ended.values());
  }

  /** The only contact recorded; fails when there is not exactly one. */
  public ContactRecord only() {
    if (ended.size() != 1) {
      throw new AssertionError("expected one ended contact, found " + ended.size());
    }
    return ended.values().iterator().next();
  }
}
