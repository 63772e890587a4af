package org.cityline.accounts.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.desk.DeskChange;
import org.cityline.accounts.desk.LandlordAgreement;
import org.cityline.accounts.desk.LandlordAgreementRequest;
import org.cityline.accounts.staff.Role;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Landlord agreements in {@code landlord_agreement} (V5): at most one in force per account, made by
 * any agent, ended only by a specialist; each change is audited with its contact in the same
 * transaction. The account's row is locked while a change is made, so two agents cannot both put an
 * agreement on it.
 */
final class JdbcLandlordAgreements {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbcLandlordAgreements(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  Optional<LandlordAgreement> inForce(AccountNumber account) {
    return jdbi.withHandle(handle -> inForce(handle, account));
  }

  DeskChange enrol(LandlordAgreementRequest request) {
    LocalDate today = LocalDate.ofInstant(request.at(), clock.getZone());
    return jdbi.inTransaction(
        handle -> {
          Optional<String> status = lockAccount(handle, request.account());
          if (status.isEmpty()) {
            return new DeskChange.Refused("There is no account " + request.account() + ".");
          }
          if (status.get().equals("CLOSED")) {
            return new DeskChange.Refused(
                "Account " + request.account() + " is closed; a landlord agreement needs service.");
          }
          Optional<LandlordAgreement> existing = inForce(handle, request.account());
          if (existing.isPresent()) {
            return new DeskChange.Refused(
                "The account already has a landlord agreement with "
                    + existing.get().landlord()
                    + "; a specialist must end it first.");
          }
          handle
              .createUpdate(
                  "INSERT INTO landlord_agreement (account_number, landlord_name, landlord_phone,"
                      + " started_on, started_by, start_contact_id) VALUES (:account, :landlord,"
                      + " :phone, :today, :actor, :contact)")
              .bind("account", request.account().value())
              .bind("landlord", request.landlord())
              .bind("phone", request.landlordPhone().e164())
              .bind("today", today)
              .bind("actor", request.actor())
              .bindByType(
                  "contact", JdbcAgentAccountWork.contactText(request.contact()), String.class)
              .execute();
          JdbcAgentAccountWork.audit(
              handle,
              request.at(),
              request.actor(),
              request.contact(),
              request.account(),
              "landlord-agreement-made",
              "landlord agreement with " + request.landlord());
          return new DeskChange.Done(
              "Landlord agreement with "
                  + request.landlord()
                  + " in force: service goes back to them between tenants.");
        });
  }

  DeskChange cancel(
      AccountNumber account, Role role, Optional<ContactId> contact, String actor, Instant at) {
    if (role == null || !role.includes(AgentAccountWork.ENDS_LANDLORD_AGREEMENTS)) {
      return new DeskChange.Refused(
          "Only a specialist can end a landlord agreement; escalate the call.");
    }
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    return jdbi.inTransaction(
        handle -> {
          if (lockAccount(handle, account).isEmpty()) {
            return new DeskChange.Refused("There is no account " + account + ".");
          }
          Optional<LandlordAgreement> existing = inForce(handle, account);
          if (existing.isEmpty()) {
            return new DeskChange.Refused("The account has no landlord agreement.");
          }
          handle
              .createUpdate(
                  "UPDATE landlord_agreement SET ended_on = :today, ended_by = :actor,"
                      + " end_contact_id = :contact WHERE agreement_id = :id")
              .bind("today", today)
              .bind("actor", actor)
              .bindByType("contact", JdbcAgentAccountWork.contactText(contact), String.class)
              .bind("id", existing.get().id())
              .execute();
          JdbcAgentAccountWork.audit(
              handle,
              at,
              actor,
              contact,
              account,
              "landlord-agreement-ended",
              "ended the landlord agreement with " + existing.get().landlord());
          return new DeskChange.Done(
              "Landlord agreement with " + existing.get().landlord() + " ended.");
        });
  }

  private static Optional<LandlordAgreement> inForce(Handle handle, AccountNumber account) {
    return handle
        .createQuery(
            "SELECT agreement_id, landlord_name, landlord_phone, started_on FROM"
                + " landlord_agreement WHERE account_number = :account AND ended_on IS NULL"
                + " ORDER BY agreement_id DESC")
        .bind("account", account.value())
        .map(
            (rs, ctx) ->
                new LandlordAgreement(
                    rs.getLong("agreement_id"),
                    account,
                    rs.getString("landlord_name"),
                    new PhoneNumber(rs.getString("landlord_phone")),
                    rs.getObject("started_on", LocalDate.class)))
        .findFirst();
  }

  /** The account's status, its row locked until the transaction ends; empty when unknown. */
  private static Optional<String> lockAccount(Handle handle, AccountNumber account) {
    return handle
        .createQuery("SELECT status FROM account WHERE account_number = :account FOR UPDATE")
        .bind("account", account.value())
        .mapTo(String.class)
        .findOne();
  }
}
