package org.cityline.app.node;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.cityline.app.config.CitylineConfig;

/** The connection pool to the configured database (the embedded H2 file by default). */
final class Database {

  private Database() {}

  static HikariDataSource open(CitylineConfig config) {
    if (config.database().url().isEmpty()) {
      try {
        Files.createDirectories(config.dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "data.dir: cannot create " + config.dataDir().toAbsolutePath(), e);
      }
    }
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("cityline-db");
    pool.setJdbcUrl(config.database().jdbcUrl(config.dataDir()));
    pool.setUsername(config.database().username());
    pool.setPassword(config.database().password());
    pool.setMaximumPoolSize(config.database().poolSize());
    pool.setMinimumIdle(Math.min(2, config.database().poolSize()));
    pool.setConnectionTimeout(10_000);
    pool.setInitializationFailTimeout(10_000);
    return new HikariDataSource(pool);
  }
}
