package org.cityline.accounts;

/**
 * Adds notes to accounts. Every note is audited as a change by its author from its contact.
 *
 * <p>Methods may block: call them from virtual threads or workers.
 */
public interface AccountNotes {

  /** Stores the note and its audit entry together, or nothing. */
  NoteResult addNote(NewNote note);
}
