package org.cityline.accounts.programs;

import org.cityline.accounts.ProgramEnrolment;

/** What became of an {@link EnrolmentRequest}. */
public sealed interface EnrolmentOutcome {

  /** Enrolled and audited. */
  record Enrolled(ProgramEnrolment enrolment) implements EnrolmentOutcome {}

  /** Already enrolled (a repeated request lands here too); nothing changed. */
  record AlreadyEnrolled() implements EnrolmentOutcome {}

  /** Not allowed by self-service; nothing changed. */
  record NotEligible(String reason) implements EnrolmentOutcome {}
}
