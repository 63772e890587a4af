package org.cityline.accounts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

  @Test
  void servesPostgresql16OrNewer() throws SQLException {
    assertThat(Long.parseLong(query(TestPostgres.newDatabase(), "SHOW server_version_num")))
        .isGreaterThanOrEqualTo(160000);
  }

  @Test
  void givesEachCallerADatabaseOfItsOwn() throws SQLException {
    DataSource first = TestPostgres.newDatabase();
    DataSource second = TestPostgres.newDatabase();

    assertThat(query(first, "SELECT current_database()"))
        .isNotEqualTo(query(second, "SELECT current_database()"));
  }

  @Test
  void neverRunsPostgresqlAsRoot() throws SQLException, IOException, InterruptedException {
    String pid = query(TestPostgres.newDatabase(), "SELECT pg_backend_pid()");
    String uid = realUid(Path.of("/proc", pid, "status"));

    assertThat(uid).isNotEqualTo("0");
    if ("0".equals(run("id", "-u"))) {
      assertThat(uid).isEqualTo(run("id", "-u", RootSafePostgres.USER));
    }
  }

  @Test
  void theWrappedArchiveHeaderIsValidTar() {
    byte[] header = RootSafePostgres.Tar.header("bin/initdb", 191_184);

    assertThat(header).hasSize(512);
    assertThat(new String(header, 124, 11, StandardCharsets.US_ASCII)).isEqualTo("00000565320");
    assertThat(RootSafePostgres.Tar.padding(512)).isZero();
    assertThat(RootSafePostgres.Tar.padding(513)).isEqualTo(511);
  }

  private static String realUid(Path status) throws IOException {
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("Uid:"))
        .map(line -> line.split("\\s+")[1])
        .findFirst()
        .orElseThrow();
  }

  private static String query(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.strip();
  }
}
