package org.cityline.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.payments.CardBrand;
import org.cityline.accounts.payments.GatewayResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.sandbox.SandboxBehaviour;
import org.cityline.accounts.payments.sandbox.SandboxMethod;
import org.cityline.accounts.payments.sandbox.SandboxRecords;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The sandbox gateway's records in {@code sandbox_payment_method} and {@code sandbox_charge}. */
final class JdbcSandboxRecords implements SandboxRecords {

  private static final String NO_BRAND = "NONE";

  private final Jdbi jdbi;

  JdbcSandboxRecords(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void save(SandboxMethod method) {
    jdbi.useTransaction(
        handle -> {
          int updated =
              handle
                  .createUpdate(
                      "UPDATE sandbox_payment_method SET last_four = :lastFour,"
                          + " behaviour = :behaviour, details_given = :given WHERE token = :token")
                  .bind("lastFour", method.lastFour())
                  .bind("behaviour", method.behaviour().name())
                  .bind("given", given(method))
                  .bind("token", method.token().value())
                  .execute();
          if (updated == 0) {
            handle
                .createUpdate(
                    "INSERT INTO sandbox_payment_method (token, method, brand, last_four,"
                        + " behaviour, details_given, created_at) VALUES (:token, :method,"
                        + " :brand, :lastFour, :behaviour, :given, :at)")
                .bind("token", method.token().value())
                .bind("method", method.method().name())
                .bind("brand", method.brand().map(Enum::name).orElse(NO_BRAND))
                .bind("lastFour", method.lastFour())
                .bind("behaviour", method.behaviour().name())
                .bind("given", given(method))
                .bind("at", method.createdAt())
                .execute();
          }
        });
  }

  @Override
  public Optional<SandboxMethod> find(PaymentToken token) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM sandbox_payment_method WHERE token = :token")
                .bind("token", token.value())
                .map((rs, ctx) -> method(rs))
                .findOne());
  }

  @Override
  public Optional<GatewayResult> charge(IdempotencyKey key) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM sandbox_charge WHERE idempotency_key = :key")
                .bind("key", key.value())
                .map((rs, ctx) -> result(rs))
                .findOne());
  }

  @Override
  public boolean saveCharge(
      IdempotencyKey key, PaymentToken token, Money amount, GatewayResult result, Instant at) {
    String[] row =
        switch (result) {
          case GatewayResult.Charged charged ->
              new String[] {"APPROVED", charged.reference(), null};
          case GatewayResult.Declined declined ->
              new String[] {"DECLINED", null, declined.reason()};
          case GatewayResult.Unavailable unavailable ->
              new String[] {"UNAVAILABLE", null, unavailable.reason()};
        };
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO sandbox_charge (idempotency_key, token, amount_cents, outcome,"
                          + " reference, reason, charged_at) VALUES (:key, :token, :amount,"
                          + " :outcome, :reference, :reason, :at)")
                  .bind("key", key.value())
                  .bind("token", token.value())
                  .bind("amount", amount.cents())
                  .bind("outcome", row[0])
                  .bindByType("reference", row[1], String.class)
                  .bindByType("reason", row[2], String.class)
                  .bind("at", at)
                  .execute());
      return true;
    } catch (JdbiException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private static String given(SandboxMethod method) {
    return method.given().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private static SandboxMethod method(ResultSet rs) throws SQLException {
    String brand = rs.getString("brand");
    EnumSet<PaymentField> given = EnumSet.noneOf(PaymentField.class);
    Arrays.stream(rs.getString("details_given").split(","))
        .filter(name -> !name.isBlank())
        .map(PaymentField::valueOf)
        .forEach(given::add);
    return new SandboxMethod(
        new PaymentToken(rs.getString("token")),
        Rows.enumValue(rs, "method", PaymentMethod.class),
        NO_BRAND.equals(brand) ? Optional.empty() : Optional.of(CardBrand.valueOf(brand)),
        rs.getString("last_four"),
        Rows.enumValue(rs, "behaviour", SandboxBehaviour.class),
        given,
        Rows.instant(rs, "created_at"));
  }

  private static GatewayResult result(ResultSet rs) throws SQLException {
    return switch (rs.getString("outcome")) {
      case "APPROVED" -> new GatewayResult.Charged(rs.getString("reference"));
      case "DECLINED" -> new GatewayResult.Declined(rs.getString("reason"));
      default -> new GatewayResult.Unavailable(rs.getString("reason"));
    };
  }
}
