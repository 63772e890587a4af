package org.cityline.routing.engine;

import org.cityline.routing.hazelcast.TwoMembers;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conference scenarios on a real two-member Hazelcast cluster: the conference commands run as
 * entry processors and the contact in a conference is stored and read back across the wire.
 */
class HazelcastConferenceTest extends ConferenceScenarios {

  @RegisterExtension static final TwoMembers CLUSTER = new TwoMembers();

  HazelcastConferenceTest() {
    super(CLUSTER.freshStores(0));
  }
}
