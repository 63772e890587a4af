package org.cityline.desktop.testing;

import java.util.ArrayList;
import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;

/** An audit trail that keeps every entry in memory. */
public final class RecordingAuditTrail implements AuditTrail {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public synchronized List<AuditEntry> forAccount(AccountNumber account, int limit) {
    return entries.reversed().stream()
        .filter(entry -> entry.account().filter(account::equals).isPresent())
        .limit(limit)
        .toList();
  }

  /** Every entry, oldest first. */
  public synchronized List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
