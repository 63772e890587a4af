package org.cityline.desktop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.junit.jupiter.api.Test;

/** The fake must refuse what the real core refuses, or the view tests prove nothing. */
class FakeRoutingServiceTest {

  private final DesktopFixture f = new DesktopFixture();
  private final AgentId rep = new AgentId("rep");
  private final AgentId spec = new AgentId("spec");
  private final ContactId call = new ContactId("c-1");

  @Test
  void anAgentCannotTouchACallThatIsNotTheirs() {
    f.routing.signIn(rep);
    f.routing.makeAvailable(rep);
    f.routing.signIn(spec);
    f.routing.enqueue(SampleCalls.verifiedCaller("c-1", f.clock.instant()));

    assertThat(f.routing.accept(spec, call)).isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.hold(rep, call))
        .as("not yet accepted")
        .isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.finishWrapUp(rep, call, "x", "y"))
        .isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.signOut(rep)).isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.agent(rep).orElseThrow().state()).isEqualTo(AgentState.RESERVED);
  }

  @Test
  void theLongestIdleAgentGetsTheOffer() {
    f.routing.signIn(rep);
    f.routing.signIn(spec);
    f.routing.makeAvailable(spec);
    f.clock.advance(Duration.ofSeconds(5));
    f.routing.makeAvailable(rep);

    f.routing.enqueue(SampleCalls.verifiedCaller("c-1", f.clock.instant()));

    assertThat(f.routing.published())
        .filteredOn(RoutingEvent.OfferMade.class::isInstance)
        .map(e -> ((RoutingEvent.OfferMade) e).agent())
        .containsExactly(spec);
  }

  @Test
  void anUnansweredOfferRingsOutAndTheAgentIsMarkedAway() {
    f.routing.signIn(rep);
    f.routing.makeAvailable(rep);
    f.routing.enqueue(SampleCalls.verifiedCaller("c-1", f.clock.instant()));

    f.scheduler.advance(FakeRoutingService.RING_TIME);

    assertThat(f.routing.agent(rep).orElseThrow().awayReason()).contains(AwayReason.MISSED_OFFER);
    assertThat(f.routing.accept(rep, call)).isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.queues().getFirst().waiting()).isEqualTo(1);
  }

  @Test
  void stateChangesFollowTheTable() {
    assertThat(f.routing.makeAvailable(rep))
        .as("not signed in")
        .isInstanceOf(RoutingResult.Refused.class);
    f.routing.signIn(rep);
    assertThat(f.routing.signIn(rep)).isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.goAway(rep, AwayReason.MISSED_OFFER))
        .isInstanceOf(RoutingResult.Refused.class);
    assertThat(f.routing.makeAvailable(rep).done()).isTrue();
    assertThat(f.routing.makeAvailable(rep)).isInstanceOf(RoutingResult.Refused.class);
  }
}
