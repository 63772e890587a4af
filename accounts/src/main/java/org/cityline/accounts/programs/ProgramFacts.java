package org.cityline.accounts.programs;

import java.util.List;
import java.util.Set;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;

/**
 * What the program rules look at about an account.
 *
 * @param status active, disconnected or closed
 * @param pastDue the past-due amount today
 * @param enrolled the programs it is in now
 * @param emailOnFile whether the customer has an e-mail address on file
 * @param recentBills the new charges of its most recent bills, newest first
 */
public record ProgramFacts(
    AccountStatus status,
    Money pastDue,
    Set<Program> enrolled,
    boolean emailOnFile,
    List<Money> recentBills) {

  public ProgramFacts {
    enrolled = Set.copyOf(enrolled);
    recentBills = List.copyOf(recentBills);
  }
}
