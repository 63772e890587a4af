package org.cityline.accounts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/**
 * What the IVR reads to a caller and what an agent's screen pop shows first: who, where, and where
 * the account stands.
 *
 * @param number the account number
 * @param customerName the account holder as printed on the bill
 * @param language the language the customer prefers
 * @param serviceAddress where service is delivered
 * @param phoneOnFile the customer's phone number on file, if any
 * @param status active, disconnected or closed
 * @param services what the account is billed for
 * @param balance the current balance (negative for a credit)
 * @param pastDue the part of the balance that is past its due date
 * @param dueDate when the current bill falls due; empty when nothing has been billed
 * @param lastPayment the most recent payment, if any
 * @param pendingDisconnect the date of a scheduled disconnect for non-payment, if any
 * @param inArrangement whether an active payment arrangement or extension covers the balance
 * @param programs the programs the account is enrolled in
 * @param landlord the landlord of a landlord agreement in force on the account (a rental whose
 *     service goes back to the landlord between tenants), if there is one
 */
public record AccountSummary(
    AccountNumber number,
    String customerName,
    Language language,
    ServiceAddress serviceAddress,
    Optional<PhoneNumber> phoneOnFile,
    AccountStatus status,
    Set<UtilityService> services,
    Money balance,
    Money pastDue,
    Optional<LocalDate> dueDate,
    Optional<LastPayment> lastPayment,
    Optional<LocalDate> pendingDisconnect,
    boolean inArrangement,
    Set<Program> programs,
    Optional<String> landlord) {

  public AccountSummary {
    services = Set.copyOf(services);
    programs = Set.copyOf(programs);
    if (landlord == null) {
      throw new IllegalArgumentException("landlord is Optional.empty() when there is none");
    }
  }

  /** A summary of an account without a landlord agreement. */
  public AccountSummary(
      AccountNumber number,
      String customerName,
      Language language,
      ServiceAddress serviceAddress,
      Optional<PhoneNumber> phoneOnFile,
      AccountStatus status,
      Set<UtilityService> services,
      Money balance,
      Money pastDue,
      Optional<LocalDate> dueDate,
      Optional<LastPayment> lastPayment,
      Optional<LocalDate> pendingDisconnect,
      boolean inArrangement,
      Set<Program> programs) {
    this(
        number,
        customerName,
        language,
        serviceAddress,
        phoneOnFile,
        status,
        services,
        balance,
        pastDue,
        dueDate,
        lastPayment,
        pendingDisconnect,
        inArrangement,
        programs,
        Optional.empty());
  }
}
