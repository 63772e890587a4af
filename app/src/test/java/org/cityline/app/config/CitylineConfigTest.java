package org.cityline.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitylineConfigTest {

  @TempDir Path folder;

  private static CitylineConfig load(Path file, Map<String, String> environment) {
    return CitylineConfig.from(ConfigLoader.load(file, environment));
  }

  @Test
  void theDefaultsMakeOneEmbeddedNode() {
    CitylineConfig config = load(null, Map.of());

    assertThat(config.web().port()).isEqualTo(8080);
    assertThat(config.web().baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(config.database().url()).isEmpty();
    assertThat(config.database().jdbcUrl(config.dataDir())).startsWith("jdbc:h2:file:");
    assertThat(config.cluster().members()).containsExactly("127.0.0.1");
    assertThat(config.telephony().adapter()).isEqualTo("simulator");
    assertThat(config.ringTimeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theEnvironmentOverridesTheFileWhichOverridesTheDefaults() throws IOException {
    Path file = folder.resolve("my.properties");
    Files.writeString(file, "web.port=9000\nrouting.ring-timeout=45s\n");

    CitylineConfig config = load(file, Map.of("CITYLINE_WEB_PORT", "9100"));

    assertThat(config.web().port()).isEqualTo(9100);
    assertThat(config.ringTimeout()).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void theSignInRulesAreReadAndCheckedWithTheirKeysNamed() throws IOException {
    Path file = folder.resolve("signin.properties");
    Files.writeString(
        file,
        "web.signin.max-failures=3\nweb.signin.failure-window=10m\nweb.signin.lockout=30m\n"
            + "web.signin.max-age=8h\n");

    CitylineConfig.SignInRules rules = load(file, Map.of()).web().signIn();

    assertThat(rules)
        .isEqualTo(
            new CitylineConfig.SignInRules(
                3, Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(8)));
    assertThat(load(null, Map.of()).web().signIn().maxFailures()).isEqualTo(5);
    Path bad = folder.resolve("bad-signin.properties");
    Files.writeString(bad, "web.signin.max-failures=0\nweb.signin.max-age=1m\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> load(bad, Map.of()))
        .hasMessageContaining("web.signin.max-failures")
        .hasMessageContaining("web.signin.max-age");
  }

  @Test
  void theApprovalThresholdIsReadWithADefaultOfOneHundredDollars() {
    assertThat(load(null, Map.of()).desk().approvalThreshold())
        .isEqualTo(org.cityline.accounts.Money.parse("100.00"));
    assertThat(
            load(null, Map.of("CITYLINE_DESKTOP_APPROVAL_THRESHOLD", "250.5"))
                .desk()
                .approvalThreshold())
        .isEqualTo(org.cityline.accounts.Money.parse("250.50"));
    assertThat(
            load(null, Map.of("CITYLINE_DESKTOP_APPROVAL_THRESHOLD", "0.00"))
                .desk()
                .approvalThreshold())
        .isEqualTo(org.cityline.accounts.Money.ZERO);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "-1.00    | cannot be negative",
        "100.001  | must be an amount of dollars",
        "$100     | must be an amount of dollars",
        "ten      | must be an amount of dollars",
        "''       | must be an amount of dollars",
        "1e3      | must be an amount of dollars",
        "10000.01 | must be at most 10000.00",
        "99999999999999999999 | must be an amount of dollars"
      })
  void aBadApprovalThresholdStopsStartUpNamingTheKey(String value, String why) {
    assertThatThrownBy(() -> load(null, Map.of("CITYLINE_DESKTOP_APPROVAL_THRESHOLD", value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("desktop.approval-threshold")
        .hasMessageContaining(why);
  }

  @Test
  void theConfigFileMayBeNamedByTheEnvironment() throws IOException {
    Path file = folder.resolve("from-env.properties");
    Files.writeString(file, "cluster.name=north\n");

    CitylineConfig config = load(null, Map.of("CITYLINE_CONFIG", file.toString()));

    assertThat(config.cluster().name()).isEqualTo("north");
  }

  @Test
  void everyBadValueIsNamedInOneMessage() {
    Map<String, String> environment =
        Map.of(
            "CITYLINE_WEB_PORT", "eighty",
            "CITYLINE_ROUTING_RING_TIMEOUT", "3 days",
            "CITYLINE_CLUSTER_MEMBERS", "good-host, bad host!, 10.0.0.1:99999",
            "CITYLINE_DATABASE_URL", "mysql://nope",
            "CITYLINE_TELEPHONY_UTILITY_NUMBER", "call us");

    assertThatThrownBy(() -> load(null, environment))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(p -> assertThat(p).startsWith("web.port = 'eighty'"))
                    .anySatisfy(p -> assertThat(p).startsWith("routing.ring-timeout"))
                    .anySatisfy(p -> assertThat(p).contains("'bad host!' is not host"))
                    .anySatisfy(p -> assertThat(p).contains("'10.0.0.1:99999' is not host"))
                    .anySatisfy(p -> assertThat(p).startsWith("database.url"))
                    .anySatisfy(p -> assertThat(p).startsWith("telephony.utility-number"))
                    .allSatisfy(p -> assertThat(p).contains("environment variable CITYLINE_")));
  }

  @Test
  void outOfRangeNumbersAndDurationsAreRefused() {
    assertThatThrownBy(() -> load(null, Map.of("CITYLINE_WEB_PORT", "70000")))
        .hasMessageContaining("web.port")
        .hasMessageContaining("between 1 and 65535");
    assertThatThrownBy(() -> load(null, Map.of("CITYLINE_ROUTING_RING_TIMEOUT", "1s")))
        .hasMessageContaining("routing.ring-timeout")
        .hasMessageContaining("between 5s and 5m");
    assertThatThrownBy(() -> load(null, Map.of("CITYLINE_DATABASE_POOL_SIZE", "-1")))
        .hasMessageContaining("database.pool-size");
  }

  @Test
  void anUnknownKeyInAFileIsATypoNotASilentlyIgnoredSetting() throws IOException {
    Path file = folder.resolve("typo.properties");
    Files.writeString(file, "web.prot=9000\n");

    assertThatThrownBy(() -> load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("web.prot: unknown key");
  }

  @Test
  void aMissingConfigFileIsNamed() {
    Path missing = folder.resolve("missing.properties");

    assertThatThrownBy(() -> load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("not a readable file");
  }

  @Test
  void unknownAdaptersAreRefusedClearly() {
    assertThatThrownBy(() -> load(null, Map.of("CITYLINE_TELEPHONY_ADAPTER", "skype")))
        .hasMessageContaining("must be one of simulator, asterisk, twilio");
  }

  @Test
  void twilioReadsItsKeysAndTakesTheTokenFromTwilioAuthTokenWithoutEchoingIt() {
    String token = "0123456789abcdef0123456789ABCDEF";
    CitylineConfig config =
        load(
            null,
            Map.of(
                "CITYLINE_TELEPHONY_ADAPTER", "twilio",
                "CITYLINE_TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef",
                "TWILIO_AUTH_TOKEN", token,
                "CITYLINE_TWILIO_PUBLIC_BASE_URL", "https://cityline.example.org/twilio/",
                "CITYLINE_TWILIO_PAYMENT_CONNECTOR", "Stripe_Connector",
                "CITYLINE_TWILIO_RECORD_CALLS", "true"));

    var twilio = config.telephony().twilio().orElseThrow();
    assertThat(twilio.authToken()).isEqualTo(token);
    assertThat(twilio.publicBaseUrl()).hasToString("https://cityline.example.org/twilio");
    assertThat(twilio.englishVoice()).isEqualTo("Polly.Joanna");
    assertThat(twilio.paymentConnector()).contains("Stripe_Connector");
    assertThat(twilio.recordCalls()).isTrue();
    assertThat(twilio.utilityNumber()).isEqualTo(config.telephony().utilityNumber());
    assertThat(twilio.toString()).doesNotContain(token);
    assertThat(config.telephony().asterisk()).isEmpty();
    assertThat(load(null, Map.of()).telephony().twilio()).isEmpty();
  }

  @Test
  void badTwilioValuesAreNamedWithTheirKeysAndTheTokenIsNotEchoed() {
    assertThatThrownBy(
            () ->
                load(
                    null,
                    Map.of(
                        "CITYLINE_TELEPHONY_ADAPTER", "twilio",
                        "CITYLINE_TWILIO_ACCOUNT_SID", "SK123",
                        "CITYLINE_TWILIO_AUTH_TOKEN", "short-secret-token",
                        "CITYLINE_TWILIO_PUBLIC_BASE_URL", "cityline.example.org",
                        "CITYLINE_TWILIO_VOICE_EN_US", "<Robot>",
                        "CITYLINE_TWILIO_AGENT_RING_TIME", "1s",
                        "CITYLINE_TWILIO_RECORD_CALLS", "maybe")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("twilio.account-sid")
        .hasMessageContaining("twilio.auth-token")
        .hasMessageContaining("twilio.public-base-url")
        .hasMessageContaining("twilio.voice.en-US")
        .hasMessageContaining("twilio.agent-ring-time")
        .hasMessageContaining("twilio.record-calls")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short-secret-token"));
    assertThatThrownBy(
            () ->
                load(
                    null,
                    Map.of(
                        "CITYLINE_TELEPHONY_ADAPTER", "twilio",
                        "CITYLINE_TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef",
                        "CITYLINE_TWILIO_AUTH_TOKEN", "0123456789abcdef0123456789abcdef",
                        "CITYLINE_TWILIO_PUBLIC_BASE_URL", "https://cityline.example.org/twilio",
                        "CITYLINE_TWILIO_VOICE_ES_US", "Polly.Nobody")))
        .hasMessageContaining("twilio.voice.es-US is a Twilio <Say> voice");
  }

  @Test
  void asteriskNeedsItsAmiSecretAndReadsItsKeys() {
    assertThatThrownBy(() -> load(null, Map.of("CITYLINE_TELEPHONY_ADAPTER", "asterisk")))
        .hasMessageContaining("asterisk.ami.secret");

    CitylineConfig config =
        load(
            null,
            Map.of(
                "CITYLINE_TELEPHONY_ADAPTER", "asterisk",
                "CITYLINE_ASTERISK_AMI_SECRET", "pbx-secret",
                "CITYLINE_ASTERISK_AGI_ALLOWED_PBX", "10.0.0.5, 10.0.0.6"));

    assertThat(config.telephony().adapter()).isEqualTo("asterisk");
    var asterisk = config.telephony().asterisk().orElseThrow();
    assertThat(asterisk.agiPort()).isEqualTo(4573);
    assertThat(asterisk.allowedPbx()).containsExactly("10.0.0.5", "10.0.0.6");
    assertThat(asterisk.amiSecret()).isEqualTo("pbx-secret");
    assertThat(asterisk.toString()).doesNotContain("pbx-secret");
    assertThat(load(null, Map.of()).telephony().asterisk()).isEmpty();
  }

  @Test
  void badAsteriskValuesAreNamedWithTheirKeysAndTheSecretIsNotEchoed() {
    assertThatThrownBy(
            () ->
                load(
                    null,
                    Map.of(
                        "CITYLINE_TELEPHONY_ADAPTER", "asterisk",
                        "CITYLINE_ASTERISK_AMI_SECRET", "pbx-secret",
                        "CITYLINE_ASTERISK_AGI_PORT", "70000",
                        "CITYLINE_ASTERISK_AGI_ALLOWED_PBX", "not a host!",
                        "CITYLINE_ASTERISK_CALLBACK_DIAL", "PJSIP/trunk",
                        "CITYLINE_ASTERISK_MUSIC_CLASS", "../../etc",
                        "CITYLINE_ASTERISK_AGENT_RING_TIME", "1s")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("asterisk.agi.port")
        .hasMessageContaining("asterisk.agi.allowed-pbx")
        .hasMessageContaining("asterisk.callback.dial")
        .hasMessageContaining("asterisk.music-class")
        .hasMessageContaining("asterisk.agent-ring-time")
        .hasMessageNotContaining("pbx-secret");
  }

  @Test
  void secretsAreNeverEchoedInMessages() {
    Settings settings = ConfigLoader.load(null, Map.of("CITYLINE_DATABASE_PASSWORD", "hunter2"));
    settings.problem("database.password", "is wrong", null);

    assertThatThrownBy(settings::check)
        .hasMessageNotContaining("hunter2")
        .hasMessageContaining("(hidden)");
    assertThat(load(null, Map.of("CITYLINE_DATABASE_PASSWORD", "hunter2")).database().toString())
        .doesNotContain("hunter2");
  }

  @Test
  void environmentNamesFollowOneRule() {
    assertThat(ConfigLoader.environmentName("web.public-url")).isEqualTo("CITYLINE_WEB_PUBLIC_URL");
  }
}
