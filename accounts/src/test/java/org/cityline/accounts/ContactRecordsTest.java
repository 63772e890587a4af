package org.cityline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.junit.jupiter.api.Test;

/** Notes, wrap-ups and audit entries refuse bad input and never keep card numbers. */
class ContactRecordsTest {

  private static final Instant AT = Instant.parse("2026-03-02T16:00:00Z");
  private static final AccountNumber ACCOUNT = new AccountNumber("1000000017");

  @Test
  void aNewNoteIsStrippedAndLosesCardNumbers() {
    NewNote note =
        new NewNote(ACCOUNT, "agent", Optional.empty(), "  paid with 4111111111111111  ", AT);

    assertThat(note.text()).isEqualTo("paid with " + CardDigits.REPLACEMENT);
  }

  @Test
  void aNewNoteNeedsAnAuthorWhoIsAUserName() {
    for (String author : new String[] {"", "Agent", "agent smith", "a".repeat(33), "x'; --"}) {
      assertThatThrownBy(() -> new NewNote(ACCOUNT, author, Optional.empty(), "fine", AT))
          .as(author)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a note's author is a user name");
    }
    assertThatThrownBy(() -> new NewNote(ACCOUNT, null, Optional.empty(), "fine", AT))
        .hasMessageContaining("got nothing");
  }

  @Test
  void aNewNoteRefusesAnOverlongText() {
    assertThatThrownBy(
            () -> new NewNote(ACCOUNT, "agent", Optional.empty(), "n".repeat(10_000), AT))
        .hasMessage("a note is at most 2000 characters; this one has 10000");
  }

  @Test
  void aWrapUpNeedsADispositionCode() {
    ContactId contact = ContactId.random();
    WrapUp fine = new WrapUp(contact, Optional.of(ACCOUNT), "agent", "billing-question", "", AT);
    assertThat(fine.note()).isEmpty();

    for (String disposition :
        new String[] {"", "Billing", "billing question", "<b>", "x".repeat(41)}) {
      assertThatThrownBy(
              () -> new WrapUp(contact, Optional.of(ACCOUNT), "agent", disposition, "", AT))
          .as(disposition)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("disposition");
    }
    assertThatThrownBy(
            () ->
                new WrapUp(
                    contact, Optional.empty(), "agent", "billing-question", "x".repeat(2001), AT))
        .hasMessageContaining("at most 2000");
  }

  @Test
  void anAuditEntryKeepsNoCardNumberAndRefusesBadFields() {
    AuditEntry entry =
        new AuditEntry(
            AT,
            "ivr",
            Optional.empty(),
            Optional.of(ACCOUNT),
            "payment-taken",
            "card 4111 1111 1111 1111 approved");
    assertThat(entry.detail()).isEqualTo("card " + CardDigits.REPLACEMENT + " approved");

    assertThatThrownBy(
            () ->
                new AuditEntry(AT, "ivr", Optional.empty(), Optional.empty(), "Payment Taken", "x"))
        .hasMessageContaining("audit action");
    assertThatThrownBy(
            () ->
                new AuditEntry(
                    AT, "ivr", Optional.empty(), Optional.empty(), "x", "d".repeat(1001)))
        .hasMessageContaining("at most 1000");
    assertThatThrownBy(() -> new AuditEntry(AT, "IVR", Optional.empty(), Optional.empty(), "x", ""))
        .hasMessageContaining("actor");
  }
}
