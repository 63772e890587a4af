package org.cityline.app.config;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.Money;
import org.cityline.common.PhoneNumber;

/**
 * Everything one Cityline node needs to start, checked. Build it with {@link #from(Settings)}.
 *
 * @param nodeName this node's name in logs and /health
 * @param dataDir where local files (the embedded database) live
 * @param timeZone the city's time zone
 * @param web the web server
 * @param database the database
 * @param cluster the Hazelcast cluster
 * @param telephony the phone system
 * @param ivrSessionTtl how long an idle IVR session lives
 * @param routing the routing core's queues and settings
 * @param ivr the IVR's self-service settings
 * @param desk the agent desk's rules
 */
public record CitylineConfig(
    String nodeName,
    Path dataDir,
    ZoneId timeZone,
    Web web,
    Database database,
    Cluster cluster,
    Telephony telephony,
    Duration ivrSessionTtl,
    RoutingConfig routing,
    IvrConfig ivr,
    Desk desk) {

  /** How long an offer rings before returning to the queue (unless a queue sets its own). */
  public Duration ringTimeout() {
    return routing.ringTimeout();
  }

  /** The web server: the desktop, the API, /health. */
  public record Web(
      String host,
      int port,
      Optional<URI> publicUrl,
      int apiPort,
      Duration sessionTimeout,
      SignInRules signIn) {

    /** The URL to print and link to. */
    public String baseUrl() {
      return publicUrl.map(URI::toString).map(Web::trimSlash).orElse("http://localhost:" + port);
    }

    private static String trimSlash(String url) {
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
  }

  /**
   * The desktop's sign-in rules: {@code maxFailures} failed sign-ins within {@code failureWindow}
   * lock a user name for {@code lockout}; every sign-in ends after {@code maxAge}.
   */
  public record SignInRules(
      int maxFailures, Duration failureWindow, Duration lockout, Duration maxAge) {}

  /**
   * The agent desk's rules.
   *
   * @param approvalThreshold bill credits above it wait for a supervisor's approval on /approvals
   *     (0.00 to {@link #MOST_APPROVAL_THRESHOLD}; 0.00 sends every credit to a supervisor)
   */
  public record Desk(Money approvalThreshold) {

    /** The largest threshold accepted: above it a typo would let any credit through unchecked. */
    public static final Money MOST_APPROVAL_THRESHOLD = Money.parse("10000.00");

    static Desk from(Settings settings) {
      String key = "desktop.approval-threshold";
      String text = settings.text(key);
      Money fallback = Money.parse("100.00");
      Money threshold;
      try {
        if (!text.matches("-?[0-9]{1,9}(\\.[0-9]{1,2})?")) {
          throw new IllegalArgumentException("not a plain amount");
        }
        threshold = Money.parse(text);
      } catch (IllegalArgumentException e) {
        return new Desk(
            settings.problem(
                key,
                "must be an amount of dollars with at most two decimals, such as 100.00",
                fallback));
      }
      if (threshold.cents() < 0) {
        return new Desk(
            settings.problem(
                key, "cannot be negative (0.00 sends every credit to a supervisor)", fallback));
      }
      if (threshold.compareTo(MOST_APPROVAL_THRESHOLD) > 0) {
        return new Desk(
            settings.problem(
                key,
                "must be at most "
                    + MOST_APPROVAL_THRESHOLD
                    + " (larger credits always need a supervisor)",
                fallback));
      }
      return new Desk(threshold);
    }
  }

  /** The database; an empty URL means the embedded H2 file database under the data folder. */
  public record Database(
      Optional<String> url, String username, String password, int poolSize, boolean seedDemo) {

    /** The JDBC URL to connect to. */
    public String jdbcUrl(Path dataDir) {
      return url.orElseGet(
          () ->
              "jdbc:h2:file:"
                  + dataDir.toAbsolutePath().resolve("cityline").toString().replace('\\', '/')
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
      return "Database[url=" + url.orElse("(embedded H2)") + ", username=" + username + "]";
    }
  }

  /** The Hazelcast cluster this node joins. */
  public record Cluster(
      String name, String host, int port, int portCount, List<String> members, int backupCount) {}

  /**
   * The phone system.
   *
   * @param asterisk the PBX to reach, when the adapter is {@code asterisk}
   * @param twilio the Twilio account, when the adapter is {@code twilio}
   */
  public record Telephony(
      String adapter,
      PhoneNumber utilityNumber,
      Optional<org.cityline.telephony.asterisk.AsteriskSettings> asterisk,
      Optional<org.cityline.telephony.twilio.TwilioSettings> twilio) {}

  /** Reads and checks every key; throws one {@link ConfigException} naming all bad keys. */
  public static CitylineConfig from(Settings settings) {
    String nodeName = settings.optionalText("node.name").orElseGet(CitylineConfig::hostName);
    if (!nodeName.matches("[A-Za-z0-9._-]{1,64}")) {
      settings.problem("node.name", "must be 1 to 64 letters, digits, '.', '_' or '-'", null);
    }
    Path dataDir = path(settings, "data.dir");
    Web web =
        new Web(
            settings.host("web.host"),
            settings.port("web.port", false),
            settings.optionalHttpUrl("web.public-url"),
            settings.port("web.api-port", true),
            settings.duration("web.session-timeout", Duration.ofMinutes(1), Duration.ofHours(24)),
            new SignInRules(
                settings.integer("web.signin.max-failures", 1, 100),
                settings.duration(
                    "web.signin.failure-window", Duration.ofMinutes(1), Duration.ofHours(24)),
                settings.duration(
                    "web.signin.lockout", Duration.ofMinutes(1), Duration.ofHours(24)),
                settings.duration(
                    "web.signin.max-age", Duration.ofMinutes(10), Duration.ofHours(24))));
    Optional<String> url = settings.optionalText("database.url");
    url.filter(u -> !u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:postgresql:"))
        .ifPresent(
            u ->
                settings.problem(
                    "database.url", "must be a jdbc:postgresql: or jdbc:h2: URL, or empty", null));
    Database database =
        new Database(
            url,
            settings.text("database.username"),
            settings.text("database.password"),
            settings.integer("database.pool-size", 1, 200),
            settings.flag("database.seed-demo"));
    Cluster cluster =
        new Cluster(
            clusterName(settings),
            settings.host("cluster.host"),
            settings.port("cluster.port", false),
            settings.integer("cluster.port-count", 1, 1000),
            settings.hostList("cluster.members"),
            settings.integer("cluster.backup-count", 0, 3));
    String adapter = settings.choice("telephony.adapter", "simulator", "asterisk", "twilio");
    PhoneNumber utilityNumber =
        PhoneNumber.parse(settings.text("telephony.utility-number"))
            .orElseGet(
                () ->
                    settings.problem(
                        "telephony.utility-number",
                        "must be a phone number such as +15055550100",
                        new PhoneNumber("+15055550100")));
    CitylineConfig config =
        new CitylineConfig(
            nodeName,
            dataDir,
            timeZone(settings),
            web,
            database,
            cluster,
            new Telephony(
                adapter,
                utilityNumber,
                AsteriskConfig.from(settings, adapter, utilityNumber),
                TwilioConfig.from(settings, adapter, utilityNumber)),
            settings.duration("ivr.session-ttl", Duration.ofMinutes(1), Duration.ofHours(12)),
            RoutingConfig.from(settings),
            IvrConfig.from(settings, timeZone(settings), web.baseUrl()),
            Desk.from(settings));
    settings.check();
    return config;
  }

  private static ZoneId timeZone(Settings settings) {
    try {
      return ZoneId.of(settings.text("city.time-zone"));
    } catch (DateTimeException e) {
      return settings.problem(
          "city.time-zone", "must be a time zone such as America/Denver", ZoneId.of("UTC"));
    }
  }

  private static String clusterName(Settings settings) {
    String name = settings.text("cluster.name");
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      return settings.problem(
          "cluster.name", "must be 1 to 64 letters, digits, '.', '_' or '-'", "cityline");
    }
    return name;
  }

  private static Path path(Settings settings, String key) {
    String text = settings.text(key);
    if (text.isBlank()) {
      return settings.problem(key, "must name a folder", Path.of("data"));
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return settings.problem(key, "is not a valid path: " + e.getReason(), Path.of("data"));
    }
  }

  private static String hostName() {
    try {
      String name = java.net.InetAddress.getLocalHost().getHostName();
      return name.matches("[A-Za-z0-9._-]{1,64}") ? name : "cityline";
    } catch (java.net.UnknownHostException e) {
      return "cityline";
    }
  }
}
