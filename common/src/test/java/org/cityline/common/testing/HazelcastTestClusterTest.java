package org.cityline.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HazelcastTestClusterTest {

  @Test
  void membersFormOneClusterAndKeepDataWhenOneIsKilled() {
    try (var cluster = HazelcastTestCluster.start(2)) {
      assertThat(cluster.member(0).getCluster().getMembers()).hasSize(2);
      cluster.member(0).getMap("m").put("k", "v");

      cluster.kill(0);

      assertThat(cluster.member(1).<String, String>getMap("m").get("k")).isEqualTo("v");
    }
  }
}
