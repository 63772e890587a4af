package org.cityline.accounts.programs;

import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Program;

/**
 * Enrolment in billing programs by the customer (the IVR). The rules are {@link ProgramRules};
 * enrolling is one transaction with its audit entry, and enrolling twice enrols once.
 *
 * <p>Methods block on the database: call them from virtual threads or workers.
 */
public interface Programs {

  /** Whether the account may enrol in the program by itself now. */
  ProgramEligibility eligibility(AccountNumber account, Program program);

  /** Enrols it, if the rules allow. */
  EnrolmentOutcome enrol(EnrolmentRequest request);
}
