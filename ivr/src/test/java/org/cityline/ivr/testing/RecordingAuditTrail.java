package org.cityline.ivr.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;

/** An audit trail in memory. */
public final class RecordingAuditTrail implements AuditTrail {

  private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> forAccount(AccountNumber account, int limit) {
    return entries.reversed().stream()
        .filter(entry -> entry.account().filter(account::equals).isPresent())
        .limit(limit)
        .toList();
  }

  /** Every entry, oldest first. */
  public List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
