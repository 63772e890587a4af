package org.cityline.accounts.desk;

/** What became of an agent's account change. */
public sealed interface DeskChange {

  /** Done; {@code what} says what changed, in words fit to show the agent. */
  record Done(String what) implements DeskChange {}

  /** Filed for a supervisor's approval as request {@code request}; nothing changed yet. */
  record AwaitingApproval(long request, String what) implements DeskChange {}

  /** Refused; nothing changed. */
  record Refused(String reason) implements DeskChange {}
}
