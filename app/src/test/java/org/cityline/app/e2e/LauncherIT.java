package org.cityline.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged launcher meeting bad configuration and a busy port: a clear message naming what is
 * wrong, a non-zero exit, and nothing left listening.
 */
class LauncherIT {

  @Test
  void badConfigurationStopsStartUpNamingEachKey() {
    RunningCityline.Exited run =
        RunningCityline.runToExit(
            Map.of(
                "CITYLINE_WEB_PORT", "eighty",
                "CITYLINE_CLUSTER_BACKUP_COUNT", "9",
                "CITYLINE_DATABASE_PASSWORD", "s3cr3t-value"),
            Duration.ofSeconds(30));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output())
        .contains("web.port = 'eighty' (from environment variable CITYLINE_WEB_PORT)")
        .contains("cluster.backup-count = '9'")
        .doesNotContain("s3cr3t-value");
  }

  @Test
  void anUnknownArgumentIsRefused() {
    RunningCityline.Exited run =
        RunningCityline.runToExit(Map.of(), Duration.ofSeconds(30), "--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("unexpected arguments: --bogus").contains("usage:");
  }

  @Test
  void aBusyWebPortFailsTheStartAndLeavesNoPortOpen() throws IOException {
    int clusterPort = RunningCityline.freePort();
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      RunningCityline.Exited run =
          RunningCityline.runToExit(
              Map.of(
                  "CITYLINE_WEB_HOST",
                  "127.0.0.1",
                  "CITYLINE_WEB_PORT",
                  Integer.toString(busy.getLocalPort()),
                  "CITYLINE_CLUSTER_NAME",
                  "launcher-it-" + clusterPort,
                  "CITYLINE_CLUSTER_PORT",
                  Integer.toString(clusterPort),
                  "CITYLINE_CLUSTER_PORT_COUNT",
                  "1",
                  "CITYLINE_CLUSTER_MEMBERS",
                  "127.0.0.1:" + clusterPort,
                  "CITYLINE_DATABASE_SEED_DEMO",
                  "false"),
              Duration.ofSeconds(120));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.output())
          .contains("Cityline failed to start: web.port " + busy.getLocalPort());
    }
    // The process is gone; its cluster port must be free again (it was closed, not leaked).
    try (ServerSocket again = new ServerSocket(clusterPort, 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.isBound()).isTrue();
    }
  }
}
