package org.cityline.accounts.jdbc;

import org.cityline.accounts.FieldNotifications;
import org.cityline.accounts.arrangements.Arrangements;
import org.cityline.accounts.online.OnlineAccounts;
import org.cityline.accounts.outages.Outages;
import org.cityline.accounts.payments.PaymentGateway;
import org.cityline.accounts.payments.Payments;
import org.cityline.accounts.programs.Programs;

/**
 * The account changes customers make themselves (and agents make the same way), over the accounts
 * database. Get one from {@link AccountsDatabase#openSelfService}.
 *
 * @param payments card and bank payments ({@link Payments#recoverPending} settles lost answers)
 * @param gateway the processor the payments use (the sandbox unless configured)
 * @param arrangements payment arrangements and extensions
 * @param programs program enrolment
 * @param outages known outages and outage reports
 * @param onlineAccounts password-reset links
 * @param fieldNotifications notifications to field staff, and their relay
 */
public record SelfServiceStore(
    Payments payments,
    PaymentGateway gateway,
    Arrangements arrangements,
    Programs programs,
    Outages outages,
    OnlineAccounts onlineAccounts,
    FieldNotifications fieldNotifications) {}
