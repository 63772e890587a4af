package org.cityline.routing.vertx;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStatistics;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.QueueStatistics;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.ServiceLevelTarget;
import org.cityline.routing.TrailStep;
import org.cityline.routing.testing.Requests;

/** One of every routing event, with fields present and absent. */
final class SampleEvents {

  static final Instant AT = Instant.parse("2026-03-02T16:00:00.123456789Z");

  private SampleEvents() {}

  static ContactSnapshot identified() {
    var request = Requests.billing("c1", AT);
    return new ContactSnapshot(
        request.id(),
        request.call(),
        request.caller(),
        request.language(),
        request.account(),
        true,
        request.trail(),
        request.reason(),
        request.queue(),
        0,
        AT,
        AT.plusSeconds(1),
        ContactState.OFFERED,
        Optional.of(new AgentId("ann")));
  }

  static ContactSnapshot anonymous() {
    return new ContactSnapshot(
        new ContactId("c2"),
        new CallId("twilio", "CA0123456789abcdef"),
        Optional.empty(),
        Language.SPANISH,
        Optional.empty(),
        false,
        List.of(new TrailStep("identify", "Tres intentos fallidos: \"0\" & <más>", AT)),
        "",
        new QueueId("billing"),
        7,
        AT,
        AT,
        ContactState.QUEUED,
        Optional.empty());
  }

  static List<RoutingEvent> all() {
    return List.of(
        new RoutingEvent.OfferMade(new AgentId("ann"), identified(), AT.plusSeconds(20)),
        new RoutingEvent.OfferWithdrawn(
            new AgentId("ann"), new ContactId("c1"), "The offer rang out."),
        new RoutingEvent.ContactChanged(identified()),
        new RoutingEvent.ContactChanged(anonymous()),
        new RoutingEvent.AgentChanged(
            new AgentSnapshot(
                new AgentId("ann"),
                "Ann Lee",
                AgentState.ON_CALL,
                Optional.empty(),
                AT,
                List.of(identified()),
                2)),
        new RoutingEvent.AgentChanged(
            new AgentSnapshot(
                new AgentId("bea"),
                "Bea",
                AgentState.AWAY,
                Optional.of(AwayReason.MISSED_OFFER),
                AT,
                List.of(),
                1)),
        new RoutingEvent.QueueChanged(
            new QueueSnapshot(
                new QueueId("billing"),
                "Billing",
                3,
                Duration.ofMillis(61_500),
                Map.of(AgentState.AVAILABLE, 2, AgentState.ON_CALL, 1))),
        new RoutingEvent.ContactChanged(transferredCallback()),
        new RoutingEvent.AgentChanged(
            new AgentSnapshot(
                new AgentId("cal"),
                "Cal",
                AgentState.ON_HOLD,
                Optional.of(AwayReason.LUNCH),
                AT,
                List.of(transferredCallback()),
                2,
                Map.of("billing", 3, "credit", 5),
                new AgentStatistics(
                    AT.minusSeconds(3600),
                    4,
                    Duration.ofSeconds(245),
                    1,
                    Map.of(
                        AgentState.ON_CALL,
                        Duration.ofMinutes(17),
                        AgentState.AWAY,
                        Duration.ofMillis(1))))),
        new RoutingEvent.QueueChanged(
            new QueueSnapshot(
                new QueueId("credit"),
                "Credit and collections",
                0,
                Duration.ZERO,
                Map.of(),
                false,
                new QueueStatistics(
                    AT.minusSeconds(3600),
                    new ServiceLevelTarget(90, Duration.ofSeconds(45)),
                    12,
                    9,
                    7,
                    2,
                    1,
                    1,
                    123_456,
                    8,
                    2_400_000,
                    3_600_000,
                    4_000_000,
                    2,
                    Optional.of(Duration.ofSeconds(38))))));
  }

  /** A contact with everything added after the foundation: notes, a callback, a consult. */
  static ContactSnapshot transferredCallback() {
    var request = Requests.billing("c3", AT);
    return new ContactSnapshot(
        request.id(),
        new CallId("sim", "out-7"),
        request.caller(),
        request.language(),
        request.account(),
        true,
        request.trail(),
        request.reason(),
        new QueueId("credit"),
        10,
        AT,
        AT.plusSeconds(5),
        ContactState.ON_HOLD,
        Optional.of(new AgentId("cal")),
        List.of(new ContactNote(new AgentId("ann"), "Wants a plan; ünïcode \"quoted\"", AT)),
        Optional.of(PhoneNumber.of("+15055550177")),
        Optional.of(new AgentId("dee")),
        Optional.of(AT.plusSeconds(20)));
  }
}
