package org.cityline.routing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactCommand;
import org.junit.jupiter.api.Test;

/** The conference commands cross the wire to the member that owns the contact unchanged. */
class ConferenceWireTest {

  private static final Instant AT = Instant.parse("2026-03-02T16:00:01.000000123Z");

  @Test
  void everyConferenceCommandComesBackEqual() {
    AgentId ann = new AgentId("ann");
    for (ContactCommand command :
        List.<ContactCommand>of(
            new ContactCommand.JoinConference(ann, AT),
            new ContactCommand.SplitConference(ann, AT),
            new ContactCommand.LeaveConference(ann, AT))) {
      assertThat(ContactCommandWire.of(command).command()).isEqualTo(command);
    }
  }
}
