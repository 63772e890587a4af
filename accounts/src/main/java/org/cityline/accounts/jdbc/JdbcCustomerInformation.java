package org.cityline.accounts.jdbc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountDetail;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.AccountNotes;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.NewNote;
import org.cityline.accounts.NoteResult;
import org.cityline.common.PhoneNumber;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** Customer information and account notes over the accounts tables. */
final class JdbcCustomerInformation implements CustomerInformation, AccountNotes {

  /** How many recent contacts an account detail shows. */
  static final int RECENT_CONTACTS = 10;

  private final Jdbi jdbi;
  private final Clock clock;
  private final JdbcContactHistory contacts;

  JdbcCustomerInformation(Jdbi jdbi, Clock clock, JdbcContactHistory contacts) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.contacts = contacts;
  }

  @Override
  public List<AccountSummary> findByPhone(PhoneNumber phone) {
    if (phone == null) {
      throw new IllegalArgumentException("findByPhone needs a phone number");
    }
    return jdbi.withHandle(
        handle ->
            SummaryQueries.byPhone(handle, phone.e164(), today()).stream()
                .map(SummaryQueries.SummaryRow::summary)
                .toList());
  }

  @Override
  public Optional<AccountSummary> findByNumber(AccountNumber number) {
    if (number == null) {
      throw new IllegalArgumentException("findByNumber needs an account number");
    }
    return jdbi.withHandle(
        handle ->
            SummaryQueries.byNumber(handle, number, today())
                .map(SummaryQueries.SummaryRow::summary));
  }

  @Override
  public Optional<AccountDetail> detail(AccountNumber number) {
    if (number == null) {
      throw new IllegalArgumentException("detail needs an account number");
    }
    LocalDate today = today();
    // One snapshot: the balance, the bills and the payments agree with each other.
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle ->
            SummaryQueries.byNumber(handle, number, today)
                .map(
                    row ->
                        new AccountDetail(
                            row.summary(),
                            row.email(),
                            Optional.of(row.openedOn()),
                            DetailQueries.services(handle, number),
                            DetailQueries.bills(handle, number),
                            DetailQueries.payments(handle, number),
                            DetailQueries.arrangements(handle, number),
                            DetailQueries.serviceOrders(handle, number),
                            DetailQueries.programs(handle, number),
                            DetailQueries.notes(handle, number),
                            contacts.recent(handle, number, RECENT_CONTACTS))));
  }

  @Override
  public NoteResult addNote(NewNote note) {
    if (note == null) {
      throw new IllegalArgumentException("addNote needs a note");
    }
    return jdbi.inTransaction(
        handle -> {
          boolean known =
              handle
                      .createQuery("SELECT COUNT(*) FROM account WHERE account_number = :account")
                      .bind("account", note.account().value())
                      .mapTo(Long.class)
                      .one()
                  > 0;
          if (!known) {
            return new NoteResult.UnknownAccount(note.account());
          }
          long id =
              handle
                  .createUpdate(
                      "INSERT INTO account_note"
                          + " (account_number, written_at, author, contact_id, note_text)"
                          + " VALUES (:account, :at, :author, :contact, :text)")
                  .bind("account", note.account().value())
                  .bind("at", note.at())
                  .bind("author", note.author())
                  .bindByType(
                      "contact", note.contact().map(Object::toString).orElse(null), String.class)
                  .bind("text", note.text())
                  .executeAndReturnGeneratedKeys("note_id")
                  .mapTo(Long.class)
                  .one();
          JdbcAuditTrail.insert(
              handle,
              new AuditEntry(
                  note.at(),
                  note.author(),
                  note.contact(),
                  Optional.of(note.account()),
                  "note-added",
                  "added note " + id + " (" + note.text().length() + " characters)"));
          return new NoteResult.Added(
              new AccountNote(id, note.at(), note.author(), note.contact(), note.text()));
        });
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
