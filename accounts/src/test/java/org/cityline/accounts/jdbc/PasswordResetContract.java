package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.online.OnlineAccounts;
import org.cityline.accounts.online.PasswordResetOutcome;
import org.cityline.accounts.online.PasswordResetRequest;
import org.cityline.accounts.online.ResetChannel;
import org.cityline.accounts.online.ResetPolicy;
import org.cityline.accounts.testing.DatabaseText;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One-time password-reset links: sent once, rate-limited, hashed, used once, audited. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PasswordResetContract {

  private SelfServiceFixture city;
  private int requests;

  abstract StoreEngine engine();

  @BeforeAll
  void city() {
    city = new SelfServiceFixture(engine());
  }

  private PasswordResetRequest request(AccountNumber account, ResetChannel channel) {
    return new PasswordResetRequest(
        "ivr:sim/reset-" + ++requests + ":reset",
        account,
        channel,
        Language.ENGLISH,
        Optional.of(new ContactId("reset-" + requests)),
        "ivr",
        city.clock.instant());
  }

  @Test
  void aTextMessageCarriesALinkThatWorksOnceAndOnlyItsHashIsKept() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    PasswordResetRequest request = request(account, ResetChannel.TEXT_MESSAGE);

    assertThat(city.services.onlineAccounts().sendPasswordReset(request))
        .isEqualTo(new PasswordResetOutcome.Sent(ResetChannel.TEXT_MESSAGE, Optional.of("0101")));
    assertThat(city.services.onlineAccounts().sendPasswordReset(request))
        .as("the same request again sends nothing more")
        .isEqualTo(new PasswordResetOutcome.Sent(ResetChannel.TEXT_MESSAGE, Optional.of("0101")));

    Destination phone =
        new Destination.TextMessage(DemoCity.SHOWCASE_ENGLISH.phone().orElseThrow());
    assertThat(city.outbox.messages()).filteredOn(m -> m.message().to().equals(phone)).hasSize(1);
    String body = city.outbox.latestTo(phone).orElseThrow().message().body();
    assertThat(body)
        .startsWith("City Utilities:")
        .contains("https://city.example/account/reset?token=");
    String token = body.replaceAll(".*token=([A-Za-z0-9_-]+).*", "$1");
    assertThat(DatabaseText.of(city.dataSource)).doesNotContain(token);
    assertThat(city.store.audit().forAccount(account, 3))
        .extracting(AuditEntry::action)
        .contains("password-reset-sent");

    assertThat(city.services.onlineAccounts().redeem(token, city.clock.instant()))
        .contains(account);
    assertThat(city.services.onlineAccounts().redeem(token, city.clock.instant())).isEmpty();
    assertThat(city.services.onlineAccounts().redeem("not-a-token", city.clock.instant()))
        .isEmpty();
  }

  @Test
  void linksAreLimitedToOneInFiveMinutesAndThreeADay() {
    AccountNumber account =
        city.account(
            s ->
                s.phoneOnFile().isPresent()
                    && city.store.customers().detail(s.number()).orElseThrow().email().isPresent());
    OnlineAccounts online = city.services.onlineAccounts();

    assertThat(online.sendPasswordReset(request(account, ResetChannel.TEXT_MESSAGE)))
        .isInstanceOf(PasswordResetOutcome.Sent.class);
    assertThat(online.sendPasswordReset(request(account, ResetChannel.TEXT_MESSAGE)))
        .isInstanceOf(PasswordResetOutcome.RateLimited.class);
    city.later(Duration.ofMinutes(6));
    assertThat(online.sendPasswordReset(request(account, ResetChannel.EMAIL)))
        .isEqualTo(new PasswordResetOutcome.Sent(ResetChannel.EMAIL, Optional.empty()));
    city.later(Duration.ofMinutes(6));
    assertThat(online.sendPasswordReset(request(account, ResetChannel.TEXT_MESSAGE)))
        .isInstanceOf(PasswordResetOutcome.Sent.class);
    city.later(Duration.ofMinutes(6));
    assertThat(online.sendPasswordReset(request(account, ResetChannel.TEXT_MESSAGE)))
        .as("a fourth within a day")
        .isInstanceOf(PasswordResetOutcome.RateLimited.class);
    assertThat(city.store.audit().forAccount(account, 10))
        .extracting(AuditEntry::action)
        .contains("password-reset-limited");
  }

  @Test
  void nothingOnFileMeansNothingSent() {
    assertThat(
            city.services
                .onlineAccounts()
                .sendPasswordReset(
                    request(DemoCity.SHOWCASE_NO_PHONE.account(), ResetChannel.TEXT_MESSAGE)))
        .isEqualTo(new PasswordResetOutcome.NoDestination(ResetChannel.TEXT_MESSAGE));
    assertThat(
            city.services
                .onlineAccounts()
                .sendPasswordReset(request(new AccountNumber("9999999999"), ResetChannel.EMAIL)))
        .isEqualTo(new PasswordResetOutcome.UnknownAccount());
  }

  @Test
  void aMessageThatCannotBeSentVoidsItsLink() {
    JdbcOnlineAccounts failing =
        new JdbcOnlineAccounts(
            Jdbi.create(city.dataSource),
            ResetPolicy.defaults("https://city.example/account/reset"),
            message -> new MessageResult.Failed("carrier refused"));
    PasswordResetRequest request =
        request(DemoCity.SHOWCASE_DELINQUENT.account(), ResetChannel.TEXT_MESSAGE);

    assertThat(failing.sendPasswordReset(request)).isInstanceOf(PasswordResetOutcome.Failed.class);
    assertThat(failing.sendPasswordReset(request)).isInstanceOf(PasswordResetOutcome.Failed.class);
    assertThat(
            city.count(
                "SELECT COUNT(*) FROM password_reset WHERE used_at IS NULL AND delivered = FALSE"))
        .isZero();
  }
}
