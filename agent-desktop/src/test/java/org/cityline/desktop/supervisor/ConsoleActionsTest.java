package org.cityline.desktop.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Map;
import org.cityline.accounts.AuditEntry;
import org.cityline.common.ContactId;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.desktop.ui.DesktopViewTest;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The supervisor's console: agent actions and calls in queue, through the browserless view. */
class ConsoleActionsTest extends DesktopViewTest {

  private static final AgentId REP = new AgentId("rep");

  @BeforeEach
  void aWaitingCallAndAnAgent() {
    fixture.routing.withQueue("payments", "Payments");
    fixture.routing.signIn(REP);
    fixture.routing.enqueue(SampleCalls.unverifiedCaller("w-1", fixture.clock.instant()));
    fixture.clock.advance(Duration.ofSeconds(10));
    fixture.routing.enqueue(SampleCalls.verifiedCaller("w-2", fixture.clock.instant()));
    signedInAs("sup");
    navigate(SupervisorView.class);
  }

  private void click(String id) {
    test(find(Button.class).id(id)).click();
  }

  @SuppressWarnings("unchecked")
  private <T> Select<T> select(String id) {
    return find(Select.class).id(id);
  }

  private CallsInQueue calls() {
    return find(CallsInQueue.class).single();
  }

  private void chooseAgent() {
    Select<AgentSnapshot> agent = select("action-agent");
    agent.setValue(fixture.routing.agent(REP).orElseThrow());
  }

  @Test
  void listsWaitingCallsWithTheirTrailInServingOrder() {
    assertThat(calls().shown()).extracting(c -> c.id().value()).containsExactly("w-1", "w-2");
    assertThat(CallsInQueue.trail(calls().shown().getFirst())).isNotBlank();
  }

  @Test
  void raisingPriorityPutsTheCallFirstAndIsAudited() {
    calls().choose(new ContactId("w-2"));
    find(TextField.class).id("waiting-priority").setValue("90");

    click("waiting-set-priority");

    assertThat(calls().shown()).extracting(c -> c.id().value()).containsExactly("w-2", "w-1");
    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::action, AuditEntry::actor)
        .contains(org.assertj.core.groups.Tuple.tuple("contact-priority", "sup"));
  }

  @Test
  void aBadPriorityIsRefusedAndChangesNothing() {
    calls().choose(new ContactId("w-2"));
    for (String bad : new String[] {"", "101", "-1", "ten", "<script>", "9".repeat(500)}) {
      find(TextField.class).id("waiting-priority").setValue(bad);
      click("waiting-set-priority");
    }
    assertThat(notifications()).contains("A priority is a whole number from 0 to 100.");
    assertThat(fixture.routing.contact(new ContactId("w-2")).orElseThrow().priority())
        .isEqualTo(SampleCalls.verifiedCaller("w-2", fixture.clock.instant()).priority());
    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::action)
        .doesNotContain("contact-priority");
  }

  @Test
  void movingACallToAnotherQueue() {
    calls().choose(new ContactId("w-1"));
    select("waiting-queue").setValue(new QueueId("payments"));

    click("waiting-move");

    assertThat(fixture.routing.contact(new ContactId("w-1")).orElseThrow().queue())
        .isEqualTo(new QueueId("payments"));
  }

  @Test
  void assigningWithoutChoosingIsRefused() {
    click("waiting-assign");

    assertThat(notifications()).contains("Choose a waiting call and the agent to give it to.");
  }

  @Test
  void assigningToAnAgentWhoIsAwayIsRefusedByRouting() {
    calls().choose(new ContactId("w-1"));
    push();
    select("waiting-agent").setValue(REP);

    click("waiting-assign");

    assertThat(notifications()).contains("rep cannot take a call now.");
    assertThat(fixture.routing.contact(new ContactId("w-1")).orElseThrow().state())
        .isEqualTo(ContactState.QUEUED);
  }

  @Test
  void settingAnAgentAwayNeedsAReasonThenWorks() {
    chooseAgent();
    select("action-state").setValue(AgentState.AWAY);
    click("action-set-state");
    assertThat(notifications()).contains("Choose why the agent is away.");

    select("action-reason").setValue(AwayReason.TRAINING);
    click("action-set-state");

    AgentSnapshot rep = fixture.routing.agent(REP).orElseThrow();
    assertThat(rep.state()).isEqualTo(AgentState.AWAY);
    assertThat(rep.awayReason()).contains(AwayReason.TRAINING);
  }

  @Test
  void signingAnAgentOut() {
    chooseAgent();

    click("action-sign-out");

    assertThat(fixture.routing.agent(REP)).isEmpty();
    assertThat(fixture.audit.entries()).extracting(AuditEntry::detail).contains("rep logged_out");
  }

  @Test
  void changingSkillsAndRefusingBadOnes() {
    chooseAgent();
    TextField skills = find(TextField.class).id("action-skills");
    for (String bad :
        new String[] {"", "billing=9", "billing", "<script>alert(1)</script>", "a=1,a=2"}) {
      skills.setValue(bad);
      click("action-change-skills");
    }
    assertThat(fixture.routing.agent(REP).orElseThrow().skills()).isEqualTo(Map.of("billing", 3));

    skills.setValue("billing=4, spanish=2");
    click("action-change-skills");

    assertThat(fixture.routing.agent(REP).orElseThrow().skills())
        .isEqualTo(Map.of("billing", 4, "spanish", 2));
  }

  @Test
  void movingAnAgentBetweenQueuesSwapsTheQueuesSkills() {
    chooseAgent();
    select("action-from").setValue(new QueueId("billing"));
    select("action-to").setValue(new QueueId("payments"));

    click("action-move");

    assertThat(fixture.routing.agent(REP).orElseThrow().skills()).isEqualTo(Map.of("payments", 1));
  }

  @Test
  void aSkillsParserSaysWhatIsWrong() {
    assertThat(SupervisorActions.parseSkills(" billing = 3 ,spanish=4"))
        .containsExactly(Map.entry("billing", 3), Map.entry("spanish", 4));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SupervisorActions.parseSkills("x".repeat(301)))
        .hasMessageContaining("at most 300");
  }

  @Test
  void theGridChangesByPushWhenACallArrives() {
    fixture.routing.enqueue(SampleCalls.verifiedCaller("w-9", fixture.clock.instant()));
    afterBatchWindow();

    assertThat(calls().shown()).extracting(ContactSnapshot::id).contains(new ContactId("w-9"));
  }

  @Test
  void listeningInNeedsAnAgentOnACallAndGoesThroughRouting() {
    chooseAgent();
    click("action-listen");
    assertThat(notifications()).contains("rep is not talking to a caller.");

    fixture.routing.makeAvailable(REP); // the oldest waiting call is offered at once
    fixture.routing.accept(REP, new ContactId("w-1"));
    chooseAgent();
    click("action-whisper");
    click("action-barge");

    assertThat(fixture.routing.monitored).containsExactly("sup rep WHISPER", "sup rep BARGE");
    assertThat(fixture.audit.entries()).extracting(AuditEntry::action).contains("agent-monitored");
  }
}
