package org.cityline.routing.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.common.ContactId;

/**
 * A contact history in memory that keeps the first record of each contact, counts every call to
 * {@link #recordEnded} (so tests can prove a contact ended exactly once) and can fail on request,
 * like a database that is down.
 */
public final class FakeContactHistory implements ContactHistory {

  private final Map<ContactId, ContactRecord> ended = new ConcurrentHashMap<>();
  private final Map<ContactId, AtomicInteger> endCalls = new ConcurrentHashMap<>();
  private final List<WrapUp> wrapUps = new CopyOnWriteArrayList<>();
  private final Map<String, WrapUp> wrapUpsByAgent = new ConcurrentHashMap<>();
  private final AtomicInteger failures = new AtomicInteger();

  @Override
  public boolean recordEnded(ContactRecord contact) {
    failIfAsked();
    endCalls.computeIfAbsent(contact.id(), id -> new AtomicInteger()).incrementAndGet();
    return ended.putIfAbsent(contact.id(), contact) == null;
  }

  @Override
  public void recordWrapUp(WrapUp wrapUp) {
    failIfAsked();
    if (wrapUpsByAgent.putIfAbsent(wrapUp.contact() + "/" + wrapUp.agent(), wrapUp) == null) {
      wrapUps.add(wrapUp); // once per contact and agent, as the database keeps them
    }
  }

  @Override
  public List<ContactRecord> recentForAccount(AccountNumber account, int limit) {
    return ended.values().stream()
        .filter(record -> record.account().filter(account::equals).isPresent())
        .limit(limit)
        .toList();
  }

  /** The next {@code times} calls fail. */
  public void failNext(int times) {
    failures.set(times);
  }

  public Map<ContactId, ContactRecord> ended() {
    return Map.copyOf(ended);
  }

  /** How often routing asked to record this contact's end. */
  public int endCalls(ContactId contact) {
    AtomicInteger calls = endCalls.get(contact);
    return calls == null ? 0 : calls.get();
  }

  public List<WrapUp> wrapUps() {
    return List.copyOf(wrapUps);
  }

  private void failIfAsked() {
    if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      throw new IllegalStateException("the fake database is down");
    }
  }
}
