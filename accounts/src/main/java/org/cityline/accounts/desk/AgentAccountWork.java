package org.cityline.accounts.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.staff.Role;
import org.cityline.common.ContactId;

/**
 * Account changes agents make on calls. Each is one transaction with its audit entry (naming the
 * agent and the contact); a refusal changes nothing. Roles are checked here as well as on the
 * screen: cancelling a SurePay bank draft or ending a landlord agreement needs a specialist,
 * deciding an approval a supervisor.
 *
 * <p>Methods block on the database: call them from virtual threads, workers or UI request threads.
 */
public interface AgentAccountWork {

  /** Programs whose cancellation needs a specialist (a bank draft, a landlord agreement). */
  static boolean cancellingNeedsSpecialist(Program program) {
    return program == Program.SUREPAY;
  }

  /** Who may end a landlord agreement (and anyone whose role includes it). */
  Role ENDS_LANDLORD_AGREEMENTS = Role.SPECIALIST;

  /** Ends the account's enrolment in a program. */
  DeskChange cancelProgram(
      AccountNumber account,
      Program program,
      Role role,
      Optional<ContactId> contact,
      String actor,
      Instant at);

  /** The landlord agreement in force on the account, if there is one. */
  Optional<LandlordAgreement> landlordAgreement(AccountNumber account);

  /**
   * Puts a landlord agreement on a rental property's account (any agent); refused when the account
   * is unknown, closed, or already has one in force.
   */
  DeskChange enrolLandlordAgreement(LandlordAgreementRequest request);

  /**
   * Ends the account's landlord agreement: only a role including {@link #ENDS_LANDLORD_AGREEMENTS}
   * may; anyone else is refused and nothing changes.
   */
  DeskChange cancelLandlordAgreement(
      AccountNumber account, Role role, Optional<ContactId> contact, String actor, Instant at);

  /** Sends the account's mail to this address from now on. */
  DeskChange changeMailingAddress(
      AccountNumber account,
      MailingAddress address,
      Optional<ContactId> contact,
      String actor,
      Instant at);

  /** Where the account's mail goes, when a mailing address was given. */
  Optional<MailingAddress> mailingAddress(AccountNumber account);

  /** Moves the account's bills to fall due on this day of the month (1 to 28). */
  DeskChange changeDueDay(
      AccountNumber account, int day, Optional<ContactId> contact, String actor, Instant at);

  /** Opens a service order and tells field staff about it. */
  DeskChange openServiceOrder(ServiceOrderRequest request);

  /**
   * Credits the account; above the approval threshold the credit is filed for a supervisor instead
   * and nothing changes until approved.
   */
  DeskChange adjustBill(BillAdjustmentRequest request);

  /** The credit above which a supervisor must approve. */
  Money approvalThreshold();

  /** Adjustments waiting for a supervisor, oldest first. */
  List<ApprovalRequest> pendingApprovals(int limit);

  /** A supervisor approves (the credit is applied) or denies a request. */
  DeskChange decide(long request, boolean approve, Role role, String supervisor, Instant at);

  /** The credits applied to an account, newest first. */
  List<Money> appliedAdjustments(AccountNumber account);

  /** The deposit the account's customer would be asked for. */
  DepositRules.DepositQuote deposit(AccountNumber account, AccountType type);
}
