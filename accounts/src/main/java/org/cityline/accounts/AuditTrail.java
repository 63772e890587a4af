package org.cityline.accounts;

import java.util.List;

/**
 * Who changed what, when, and from which contact. Every account change and every sensitive act (a
 * sign-in, a lock, a refused change) is recorded here; entries are never changed or removed.
 */
public interface AuditTrail {

  /** Appends an entry. */
  void record(AuditEntry entry);

  /** The most recent entries about an account, newest first. */
  List<AuditEntry> forAccount(AccountNumber account, int limit);
}
