package org.cityline.accounts.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.messaging.OutboundMessage;
import org.cityline.accounts.online.OnlineAccounts;
import org.cityline.accounts.online.PasswordResetOutcome;
import org.cityline.accounts.online.PasswordResetRequest;
import org.cityline.accounts.online.ResetChannel;
import org.cityline.accounts.online.ResetPolicy;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password-reset links in {@code password_reset}: the link's token is random (32 bytes), sent in
 * the message and stored only as its SHA-256. A reset is recorded (and audited) before the message
 * is sent and marked delivered after, so a retried request finds it and sends nothing more.
 */
final class JdbcOnlineAccounts implements OnlineAccounts {

  private static final Logger log = LoggerFactory.getLogger(JdbcOnlineAccounts.class);

  private final Jdbi jdbi;
  private final ResetPolicy policy;
  private final Messaging messaging;
  private final SecureRandom random = new SecureRandom();

  JdbcOnlineAccounts(Jdbi jdbi, ResetPolicy policy, Messaging messaging) {
    this.jdbi = jdbi;
    this.policy = policy;
    this.messaging = messaging;
  }

  /** Where a reset goes, as found on file. */
  private record OnFile(Destination destination, String shown, Optional<String> phoneLastFour) {}

  /** What the transaction decided. */
  private sealed interface Step {
    record Answer(PasswordResetOutcome outcome) implements Step {}

    record Send(long id, OnFile to, String token) implements Step {}
  }

  @Override
  public PasswordResetOutcome sendPasswordReset(PasswordResetRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("sendPasswordReset needs a request");
    }
    Step step;
    try {
      step = jdbi.inTransaction(handle -> record(handle, request));
    } catch (JdbiException e) {
      if (!SqlErrors.isUniqueViolation(e)) {
        throw e;
      }
      step = jdbi.withHandle(handle -> earlier(handle, request)).orElseThrow(() -> e);
    }
    return switch (step) {
      case Step.Answer answer -> answer.outcome();
      case Step.Send send -> send(request, send);
    };
  }

  private Step record(Handle handle, PasswordResetRequest request) {
    Optional<Step> earlier = earlier(handle, request);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<Optional<OnFile>> found = onFile(handle, request.account(), request.channel());
    if (found.isEmpty()) {
      return new Step.Answer(new PasswordResetOutcome.UnknownAccount());
    }
    if (found.get().isEmpty()) {
      return new Step.Answer(new PasswordResetOutcome.NoDestination(request.channel()));
    }
    Optional<Duration> wait = rateLimit(handle, request.account(), request.at());
    if (wait.isPresent()) {
      JdbcAuditTrail.insert(
          handle, audit(request, "password-reset-limited", "too many reset links lately"));
      return new Step.Answer(new PasswordResetOutcome.RateLimited(wait.get()));
    }
    OnFile to = found.get().get();
    String token = newToken();
    long id =
        handle
            .createUpdate(
                "INSERT INTO password_reset (request_key, account_number, token_hash, channel,"
                    + " sent_to, delivered, requested_at, expires_at, contact_id) VALUES (:key,"
                    + " :account, :hash, :channel, :sentTo, FALSE, :at, :expires, :contact)")
            .bind("key", request.requestKey())
            .bind("account", request.account().value())
            .bind("hash", hash(token))
            .bind("channel", request.channel().name())
            .bind("sentTo", to.shown())
            .bind("at", request.at())
            .bind("expires", request.at().plus(policy.linkLifetime()))
            .bindByType(
                "contact", request.contact().map(Object::toString).orElse(null), String.class)
            .executeAndReturnGeneratedKeys("reset_id")
            .mapTo(Long.class)
            .one();
    JdbcAuditTrail.insert(
        handle,
        audit(
            request,
            "password-reset-sent",
            "one-time reset link "
                + id
                + " sent by "
                + channelWords(request)
                + " to "
                + to.shown()));
    return new Step.Send(id, to, token);
  }

  private PasswordResetOutcome send(PasswordResetRequest request, Step.Send send) {
    OutboundMessage message =
        new OutboundMessage(
            send.to().destination(),
            body(request.language(), link(send.token()), policy.linkLifetime().toMinutes()),
            request.language(),
            "password-reset");
    MessageResult result;
    try {
      result = messaging.send(message);
    } catch (RuntimeException e) {
      result = new MessageResult.Failed(e.getClass().getSimpleName());
    }
    if (result instanceof MessageResult.Failed failed) {
      log.warn("password-reset link {} could not be sent: {}", send.id(), failed.reason());
      jdbi.useTransaction(
          handle -> {
            voidLink(handle, send.id(), request.at());
            JdbcAuditTrail.insert(
                handle,
                audit(request, "password-reset-failed", "link " + send.id() + " not delivered"));
          });
      return new PasswordResetOutcome.Failed("the message could not be sent");
    }
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("UPDATE password_reset SET delivered = TRUE WHERE reset_id = :id")
                .bind("id", send.id())
                .execute());
    return new PasswordResetOutcome.Sent(request.channel(), send.to().phoneLastFour());
  }

  @Override
  public Optional<AccountNumber> redeem(String token, Instant at) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}") || at == null) {
      return Optional.empty();
    }
    String hash = hash(token);
    return jdbi.inTransaction(
        handle -> {
          Optional<AccountNumber> account =
              handle
                  .createQuery(
                      "SELECT account_number FROM password_reset WHERE token_hash = :hash"
                          + " AND used_at IS NULL AND delivered = TRUE AND expires_at > :at")
                  .bind("hash", hash)
                  .bind("at", at)
                  .mapTo(String.class)
                  .findOne()
                  .map(AccountNumber::new);
          if (account.isPresent()) {
            int used =
                handle
                    .createUpdate(
                        "UPDATE password_reset SET used_at = :at WHERE token_hash = :hash"
                            + " AND used_at IS NULL")
                    .bind("at", at)
                    .bind("hash", hash)
                    .execute();
            if (used == 0) {
              return Optional.empty();
            }
            JdbcAuditTrail.insert(
                handle,
                new AuditEntry(
                    at, "system", Optional.empty(), account, "password-reset-used", "link used"));
          }
          return account;
        });
  }

  private static Optional<Step> earlier(Handle handle, PasswordResetRequest request) {
    return handle
        .createQuery(
            "SELECT channel, sent_to, delivered FROM password_reset WHERE request_key = :key")
        .bind("key", request.requestKey())
        .map(
            (rs, ctx) -> {
              if (!rs.getBoolean("delivered")) {
                return (Step)
                    new Step.Answer(
                        new PasswordResetOutcome.Failed("the message could not be sent"));
              }
              ResetChannel channel = ResetChannel.valueOf(rs.getString("channel"));
              Optional<String> lastFour =
                  channel == ResetChannel.TEXT_MESSAGE
                      ? Optional.of(rs.getString("sent_to").replaceAll(".*(\\d{4})$", "$1"))
                      : Optional.empty();
              return new Step.Answer(new PasswordResetOutcome.Sent(channel, lastFour));
            })
        .findOne();
  }

  /** Empty when there is no such account; an empty destination when nothing is on file. */
  private static Optional<Optional<OnFile>> onFile(
      Handle handle, AccountNumber account, ResetChannel channel) {
    return handle
        .createQuery(
            "SELECT c.phone, c.email FROM account a JOIN customer c"
                + " ON c.customer_id = a.customer_id WHERE a.account_number = :account")
        .bind("account", account.value())
        .map(
            (rs, ctx) ->
                switch (channel) {
                  case TEXT_MESSAGE ->
                      Optional.ofNullable(rs.getString("phone"))
                          .map(PhoneNumber::new)
                          .map(
                              phone -> {
                                String lastFour = phone.e164().substring(phone.e164().length() - 4);
                                return new OnFile(
                                    new Destination.TextMessage(phone),
                                    "phone ending " + lastFour,
                                    Optional.of(lastFour));
                              });
                  case EMAIL ->
                      Optional.ofNullable(rs.getString("email"))
                          .map(Destination.Email::new)
                          .map(email -> new OnFile(email, email.toString(), Optional.empty()));
                })
        .findOne();
  }

  private Optional<Duration> rateLimit(Handle handle, AccountNumber account, Instant at) {
    List<Instant> recent =
        handle
            .createQuery(
                "SELECT requested_at FROM password_reset WHERE account_number = :account"
                    + " AND requested_at > :since ORDER BY requested_at")
            .bind("account", account.value())
            .bind("since", at.minus(Duration.ofDays(1)))
            .map((rs, ctx) -> Rows.instant(rs, "requested_at"))
            .list();
    if (recent.size() >= policy.perDay()) {
      return Optional.of(Duration.between(at, recent.getFirst().plus(Duration.ofDays(1))));
    }
    if (!recent.isEmpty()) {
      Instant allowed = recent.getLast().plus(policy.minimumGap());
      if (allowed.isAfter(at)) {
        return Optional.of(Duration.between(at, allowed));
      }
    }
    return Optional.empty();
  }

  private static void voidLink(Handle handle, long id, Instant at) {
    handle
        .createUpdate("UPDATE password_reset SET used_at = :at WHERE reset_id = :id")
        .bind("at", at)
        .bind("id", id)
        .execute();
  }

  private String link(String token) {
    return policy.linkBase() + "?token=" + token;
  }

  private static String body(Language language, String link, long minutes) {
    return switch (language) {
      case ENGLISH ->
          "City Utilities: to set a new password for your online account, open "
              + link
              + " within "
              + minutes
              + " minutes. If you did not ask for this, ignore this message.";
      case SPANISH ->
          "Servicios Públicos de la Ciudad: para crear una nueva contraseña de su cuenta en"
              + " línea, abra "
              + link
              + " en los próximos "
              + minutes
              + " minutos. Si no lo pidió, ignore este mensaje.";
    };
  }

  private static String channelWords(PasswordResetRequest request) {
    return request.channel() == ResetChannel.TEXT_MESSAGE ? "text message" : "e-mail";
  }

  private static AuditEntry audit(PasswordResetRequest request, String action, String detail) {
    return new AuditEntry(
        request.at(),
        request.actor(),
        request.contact(),
        Optional.of(request.account()),
        action,
        detail);
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
