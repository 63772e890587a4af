package org.cityline.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a screen pop and an agent's account tab show about one account.
 *
 * @param summary who, where, and where the account stands
 * @param email the customer's e-mail address on file, if any
 * @param openedOn when the account was opened, if known
 * @param services the services delivered, with their meters
 * @param bills the most recent bills with their lines, newest first (up to twelve)
 * @param payments the most recent payments, newest first (up to twelve)
 * @param arrangements payment arrangements and extensions, newest first
 * @param serviceOrders every pending service order, then the most recent others, newest first
 * @param programs the programs the account is enrolled in
 * @param notes the most recent notes, newest first
 * @param recentContacts the most recent contacts about the account, newest first
 */
public record AccountDetail(
    AccountSummary summary,
    Optional<String> email,
    Optional<LocalDate> openedOn,
    List<AccountService> services,
    List<Bill> bills,
    List<Payment> payments,
    List<PaymentArrangement> arrangements,
    List<ServiceOrder> serviceOrders,
    List<ProgramEnrolment> programs,
    List<AccountNote> notes,
    List<RecentContact> recentContacts) {

  public AccountDetail {
    if (summary == null || email == null || openedOn == null) {
      throw new IllegalArgumentException(
          "a detail needs a summary; use Optional.empty(), not null");
    }
    services = List.copyOf(services);
    bills = List.copyOf(bills);
    payments = List.copyOf(payments);
    arrangements = List.copyOf(arrangements);
    serviceOrders = List.copyOf(serviceOrders);
    programs = List.copyOf(programs);
    notes = List.copyOf(notes);
    recentContacts = List.copyOf(recentContacts);
  }

  /** A detail that knows only the summary (for a customer information system that has no more). */
  public static AccountDetail ofSummary(AccountSummary summary) {
    return new AccountDetail(
        summary,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public AccountNumber number() {
    return summary.number();
  }

  /** Service orders still to be done (open or scheduled). */
  public List<ServiceOrder> pendingServiceOrders() {
    return serviceOrders.stream().filter(order -> order.status().isPending()).toList();
  }

  /** The active payment arrangement, if there is one. */
  public Optional<PaymentArrangement> activeArrangement() {
    return arrangements.stream().filter(PaymentArrangement::isActive).findFirst();
  }

  /** The latest bill, if any. */
  public Optional<Bill> currentBill() {
    return bills.stream().findFirst();
  }
}
