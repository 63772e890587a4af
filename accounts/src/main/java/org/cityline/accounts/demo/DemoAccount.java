package org.cityline.accounts.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountService;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.Bill;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.ServiceOrder;

/** One generated account with its twelve months of history, as it will be written. */
record DemoAccount(
    AccountNumber number,
    AccountStatus status,
    ServiceAddress address,
    LocalDate openedOn,
    Optional<LocalDate> closedOn,
    List<AccountService> services,
    List<Bill> bills,
    List<Payment> payments,
    List<PaymentArrangement> arrangements,
    List<ServiceOrder> orders,
    List<ProgramEnrolment> programs,
    List<AccountNote> notes) {

  DemoAccount {
    services = List.copyOf(services);
    bills = List.copyOf(bills);
    payments = List.copyOf(payments);
    arrangements = List.copyOf(arrangements);
    orders = List.copyOf(orders);
    programs = List.copyOf(programs);
    notes = List.copyOf(notes);
  }
}
