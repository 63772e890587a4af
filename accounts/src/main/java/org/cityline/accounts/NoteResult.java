package org.cityline.accounts;

/** What became of a note. */
public sealed interface NoteResult {

  /** The note was stored and audited. */
  record Added(AccountNote note) implements NoteResult {}

  /** There is no such account; nothing was stored. */
  record UnknownAccount(AccountNumber account) implements NoteResult {}
}
