package org.cityline.accounts.jdbc;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.outages.KnownOutage;
import org.cityline.accounts.outages.OutageReportOutcome;
import org.cityline.accounts.outages.OutageReportRequest;
import org.cityline.accounts.outages.Outages;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Known outages in {@code known_outage}; customers' reports in {@code outage_report}. */
final class JdbcOutages implements Outages {

  private final Jdbi jdbi;
  private final SecureRandom random = new SecureRandom();

  JdbcOutages(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<KnownOutage> known(String zip) {
    if (zip == null || !zip.matches("[0-9]{5}")) {
      return List.of();
    }
    return jdbi.withHandle(handle -> known(handle, zip, Optional.empty()));
  }

  @Override
  public OutageReportOutcome report(OutageReportRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("report needs a request");
    }
    for (int tries = 0; tries < 5; tries++) {
      try {
        return jdbi.inTransaction(handle -> reportIn(handle, request));
      } catch (JdbiException e) {
        if (!SqlErrors.isUniqueViolation(e)) {
          throw e;
        }
        // The same request stored meanwhile, or a reference already taken: look again.
      }
    }
    throw new IllegalStateException("could not choose a free outage reference in five tries");
  }

  private OutageReportOutcome reportIn(Handle handle, OutageReportRequest request) {
    Optional<String> zip =
        handle
            .createQuery("SELECT service_zip FROM account WHERE account_number = :account")
            .bind("account", request.account().value())
            .mapTo(String.class)
            .findOne();
    if (zip.isEmpty()) {
      return new OutageReportOutcome.UnknownAccount();
    }
    List<KnownOutage> known = known(handle, zip.get(), Optional.of(request.service()));
    Optional<String> earlier =
        handle
            .createQuery("SELECT reference FROM outage_report WHERE request_key = :key")
            .bind("key", request.requestKey())
            .mapTo(String.class)
            .findOne();
    if (earlier.isPresent()) {
      return new OutageReportOutcome.Reported(earlier.get(), known);
    }
    String reference = reference();
    handle
        .createUpdate(
            "INSERT INTO outage_report (reference, request_key, account_number, service, zip,"
                + " reported_at, contact_id, known_outage_id) VALUES (:reference, :key,"
                + " :account, :service, :zip, :at, :contact, :known)")
        .bind("reference", reference)
        .bind("key", request.requestKey())
        .bind("account", request.account().value())
        .bind("service", request.service().name())
        .bind("zip", zip.get())
        .bind("at", request.at())
        .bindByType("contact", request.contact().map(Object::toString).orElse(null), String.class)
        .bindByType("known", known.isEmpty() ? null : known.getFirst().id(), Long.class)
        .execute();
    JdbcAuditTrail.insert(
        handle,
        new AuditEntry(
            request.at(),
            request.actor(),
            request.contact(),
            Optional.of(request.account()),
            "outage-reported",
            request.service()
                + " outage reported at the service address (ZIP "
                + zip.get()
                + "), reference "
                + reference
                + (known.isEmpty() ? "" : "; known outage " + known.getFirst().id())));
    return new OutageReportOutcome.Reported(reference, known);
  }

  @Override
  public KnownOutage declare(
      UtilityService service,
      String zip,
      Instant startedAt,
      Optional<Instant> estimatedRestoration,
      String cause) {
    KnownOutage checked = new KnownOutage(0, service, zip, startedAt, estimatedRestoration, cause);
    long id =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO known_outage (service, zip, started_at,"
                            + " estimated_restoration, cause) VALUES (:service, :zip, :started,"
                            + " :restoration, :cause)")
                    .bind("service", service.name())
                    .bind("zip", zip)
                    .bind("started", startedAt)
                    .bindByType("restoration", estimatedRestoration.orElse(null), Instant.class)
                    .bind("cause", cause)
                    .executeAndReturnGeneratedKeys("outage_id")
                    .mapTo(Long.class)
                    .one());
    return new KnownOutage(
        id, checked.service(), zip, startedAt, estimatedRestoration, checked.cause());
  }

  @Override
  public boolean resolve(long outageId, Instant at) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE known_outage SET resolved_at = :at"
                            + " WHERE outage_id = :id AND resolved_at IS NULL")
                    .bind("at", at)
                    .bind("id", outageId)
                    .execute())
        == 1;
  }

  private static List<KnownOutage> known(
      Handle handle, String zip, Optional<UtilityService> service) {
    var query =
        handle
            .createQuery(
                "SELECT * FROM known_outage WHERE zip = :zip AND resolved_at IS NULL"
                    + (service.isPresent() ? " AND service = :service" : "")
                    + " ORDER BY started_at DESC, outage_id DESC FETCH FIRST 10 ROWS ONLY")
            .bind("zip", zip);
    service.ifPresent(s -> query.bind("service", s.name()));
    return query.map((rs, ctx) -> outage(rs)).list();
  }

  private static KnownOutage outage(ResultSet rs) throws SQLException {
    return new KnownOutage(
        rs.getLong("outage_id"),
        Rows.enumValue(rs, "service", UtilityService.class),
        rs.getString("zip"),
        Rows.instant(rs, "started_at"),
        Rows.optionalInstant(rs, "estimated_restoration"),
        rs.getString("cause"));
  }

  private String reference() {
    StringBuilder reference = new StringBuilder();
    reference.append(1 + random.nextInt(9));
    while (reference.length() < 8) {
      reference.append(random.nextInt(10));
    }
    return reference.toString();
  }
}
