package org.cityline.desktop.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cityline.common.ContactId;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.desktop.ui.DesktopViewTest;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentViewTest extends DesktopViewTest {

  private static final AgentId REP = new AgentId("rep");
  private static final ContactId CALL = new ContactId("c-1");

  @BeforeEach
  void openTheDesk() {
    signedInAs("rep");
    navigate(AgentView.class);
  }

  private Button button(String id) {
    return find(Button.class).id(id);
  }

  private boolean shown(String id) {
    return find(Component.class).withId(id).exists();
  }

  private void click(String id) {
    test(button(id)).click();
  }

  private AgentSnapshot rep() {
    return fixture.routing.agent(REP).orElseThrow();
  }

  private void available() {
    click("available-button");
  }

  private void offerVerifiedCall() {
    available();
    fixture.routing.enqueue(SampleCalls.verifiedCaller(CALL.value(), fixture.clock.instant()));
    push();
  }

  private void connectedCall() {
    offerVerifiedCall();
    click("accept-button");
  }

  private void inWrapUp() {
    connectedCall();
    click("hangup-button");
  }

  @Test
  void openingTheDeskSignsTheAgentInToRoutingAway() {
    assertThat(rep().state()).isEqualTo(AgentState.AWAY);
    assertThat(textOf("agent-state")).isEqualTo("Away · Just signed in");
    assertThat(find(ElapsedClock.class).id("state-clock").since()).contains(rep().since());
    assertThat(shown("idle-message")).isTrue();
  }

  @Test
  void theAgentBecomesAvailableAndStepsAwayWithAReason() {
    available();
    assertThat(rep().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(textOf("agent-state")).isEqualTo("Available");

    @SuppressWarnings("unchecked")
    Select<AwayReason> reason = find(Select.class).id("away-reason");
    test(reason).selectItem("Lunch");
    click("away-button");

    assertThat(rep().state()).isEqualTo(AgentState.AWAY);
    assertThat(rep().awayReason()).contains(AwayReason.LUNCH);
    assertThat(textOf("agent-state")).isEqualTo("Away · Lunch");
  }

  @Test
  void steppingAwayWithoutAReasonIsRefusedAndChangesNothing() {
    available();

    click("away-button");

    assertThat(notifications()).containsExactly(StateControl.CHOOSE_REASON);
    assertThat(rep().state()).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void anOfferPopsTheCallersAccountAtOnce() {
    offerVerifiedCall();

    assertThat(shown("screen-pop")).isTrue();
    assertThat(textOf("caller-name")).isEqualTo("Rosa Delgado");
    assertThat(textOf("caller-number")).isEqualTo("+15055550142");
    assertThat(textOf("caller-verified")).isEqualTo("Verified by the IVR");
    assertThat(textOf("caller-language")).isEqualTo("Spanish");
    assertThat(textOf("call-reason")).isEqualTo("Pressed 0 after hearing the disconnect notice");
    assertThat(textOf("service-address")).isEqualTo("1420 Juniper Ave Apt 3, Cityline, NM 87101");
    assertThat(textOf("balance")).isEqualTo("$312.47");
    assertThat(textOf("past-due")).isEqualTo("$187.22");
    assertThat(textOf("due-date")).isEqualTo("Mar 16, 2026");
    assertThat(textOf("last-payment")).isEqualTo("$60.00 on Feb 9, 2026");
    assertThat(textOf("pending-disconnect"))
        .isEqualTo("Disconnect for non-payment scheduled Mar 20, 2026");
    assertThat(textOf("programs")).isEqualTo("e-bill");
    assertThat(textOf("ivr-trail"))
        .contains("Identified by caller number")
        .contains("Pressed 0 after hearing the disconnect notice");
    assertThat(shown("accept-button")).isTrue();
    assertThat(shown("hold-button")).isFalse();
    assertThat(find(ElapsedClock.class).id("ring-countdown").until())
        .contains(fixture.clock.instant().plus(Duration.ofSeconds(20)));
    assertThat(textOf("agent-state")).isEqualTo("Ringing");
  }

  @Test
  void aCallbackIsSaidSoWithTheNumberAndColleaguesNotesShow() {
    available();
    fixture.routing.goAway(REP, org.cityline.routing.AwayReason.BREAK);
    var request = SampleCalls.verifiedCaller("cb-1", fixture.clock.instant());
    fixture.routing.enqueue(request);
    fixture.routing.requestCallback(
        request.id(), org.cityline.common.PhoneNumber.of("+15055550177"));
    fixture.routing.withNotes(
        request.id(),
        List.of(
            new ContactNote(
                new AgentId("spec"),
                "Wants the late fee waived; I said a supervisor decides.",
                fixture.clock.instant())));
    fixture.routing.makeAvailable(REP);
    push();

    assertThat(textOf("caller-callback")).isEqualTo("Callback to +15055550177");
    assertThat(textOf("line-status")).isEqualTo("Callback · accept to call the customer back");
    assertThat(textOf("transfer-notes"))
        .contains("Notes from colleagues")
        .contains("spec")
        .contains("Wants the late fee waived");
  }

  @Test
  void anUnverifiedCallerIsFlaggedAndTheMissingAccountSaidSo() {
    available();
    fixture.routing.enqueue(SampleCalls.unverifiedCaller("c-2", fixture.clock.instant()));
    push();

    assertThat(textOf("caller-verified")).isEqualTo("NOT VERIFIED · verify identity first");
    assertThat(find(Component.class).id("caller-verified").getClassNames()).contains("flag-alert");
    assertThat(textOf("account-missing")).contains("did not identify");
    assertThat(shown("balance")).isFalse();
  }

  @Test
  void markupFromTheIvrIsShownAsPlainText() {
    available();
    fixture.routing.enqueue(SampleCalls.callerWithMarkup("c-3", fixture.clock.instant()));
    push();

    assertThat(textOf("call-reason")).isEqualTo("<script>alert('x')</script>");
    assertThat(textOf("ivr-trail")).contains("<img src=x onerror=alert(1)>");
    assertThat(
            find(Component.class, find(ScreenPop.class).single()).all().stream()
                .map(c -> c.getElement().getProperty("innerHTML")))
        .containsOnlyNulls();
  }

  @Test
  void acceptHoldResumeAndHangUpDriveRouting() {
    offerVerifiedCall();

    click("accept-button");
    assertThat(fixture.routing.contact(CALL).orElseThrow().state())
        .isEqualTo(ContactState.CONNECTED);
    assertThat(textOf("agent-state")).isEqualTo("On call");
    assertThat(shown("accept-button")).isFalse();

    click("hold-button");
    assertThat(fixture.routing.contact(CALL).orElseThrow().state()).isEqualTo(ContactState.ON_HOLD);
    assertThat(shown("resume-button")).isTrue();
    assertThat(shown("hold-button")).isFalse();

    click("resume-button");
    assertThat(fixture.routing.contact(CALL).orElseThrow().state())
        .isEqualTo(ContactState.CONNECTED);

    click("hangup-button");
    assertThat(fixture.routing.contact(CALL).orElseThrow().state()).isEqualTo(ContactState.WRAP_UP);
    assertThat(find(WrapUpForm.class).single().isVisible()).isTrue();
    assertThat(textOf("agent-state")).isEqualTo("Wrap-up");
    assertThat(fixture.customers.lookups()).as("the account is read once per call").isEqualTo(1);
  }

  @Test
  void altAAcceptsTheRingingCall() {
    offerVerifiedCall();

    fireShortcut(Key.KEY_A, KeyModifier.ALT);

    assertThat(rep().state()).isEqualTo(AgentState.ON_CALL);
  }

  @Test
  void acceptingACallNoLongerOfferedIsRefusedClearly() {
    offerVerifiedCall();
    fixture.routing.holdEvents();
    fixture.routing.callerHangsUp(CALL); // routing knows; this desk has not heard yet

    click("accept-button");
    fixture.routing.releaseEvents();
    push();

    assertThat(notifications()).contains(LinePanel.STALE_OFFER);
    assertThat(rep().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(shown("idle-message")).isTrue();
  }

  @Test
  void anOfferThatRingsOutLeavesTheDeskAndSaysWhy() {
    offerVerifiedCall();

    fixture.scheduler.advance(Duration.ofSeconds(20));
    push();

    assertThat(notifications()).contains("The call was withdrawn: it rang out");
    assertThat(textOf("agent-state")).isEqualTo("Away · Missed an offer");
    assertThat(find(LinePanel.class).exists()).isFalse();
  }

  @Test
  void finishIsRefusedUntilADispositionIsChosen() {
    inWrapUp();
    test(find(TextArea.class).id("note")).setValue("Explained the disconnect notice.");

    click("finish-wrapup");

    assertThat(notifications()).contains(WrapUpForm.CHOOSE_DISPOSITION);
    assertThat(fixture.routing.wrapUps()).isEmpty();
    assertThat(rep().state()).isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void badNotesAreRefusedAndChangeNothing() {
    inWrapUp();
    chooseDisposition("Disconnect inquiry");

    Map<String, String> expected =
        Map.of(
            "",
            "The note is empty.",
            "   ",
            "The note is empty.",
            "<script>alert(1)</script>",
            "The note cannot contain HTML tags such as <script>; write plain text.",
            "x".repeat(WrapUpForm.MAX_NOTE_LENGTH + 1),
            "The note is too long: at most 2000 characters, not 2001.");
    expected.forEach(
        (note, message) -> {
          find(TextArea.class).id("note").setValue(note);
          click("finish-wrapup");
          assertThat(find(TextArea.class).id("note").isInvalid()).as(note).isTrue();
          assertThat(notifications()).as(note).containsExactly(message);
        });

    assertThat(fixture.routing.wrapUps()).isEmpty();
    assertThat(rep().state()).isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void finishingWrapUpStoresDispositionAndNoteAndFreesTheAgent() {
    inWrapUp();
    chooseDisposition("Disconnect inquiry");
    test(find(TextArea.class).id("note")).setValue("  Explained the notice; paying Friday.  ");

    click("finish-wrapup");

    assertThat(fixture.routing.wrapUps())
        .containsExactly(
            new org.cityline.desktop.testing.FakeRoutingService.FinishedWrapUp(
                REP, CALL, "disconnect-inquiry", "Explained the notice; paying Friday."));
    assertThat(rep().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(find(LinePanel.class).exists()).isFalse();
  }

  @Test
  void anOldRefusalIsDismissedWhenTheWrapUpIsAccepted() {
    inWrapUp();
    click("finish-wrapup");
    assertThat(notifications()).containsExactly(WrapUpForm.CHOOSE_DISPOSITION);

    chooseDisposition("Billing question answered");
    test(find(TextArea.class).id("note")).setValue("Explained the bill.");
    click("finish-wrapup");

    assertThat(notifications()).isEmpty();
  }

  @Test
  void whenTheCallerHangsUpTheDeskMovesToWrapUpByPush() {
    connectedCall();

    fixture.routing.callerHangsUp(CALL);
    push();
    assertThat(textOf("agent-state")).as("batched, not yet pushed").isEqualTo("On call");

    afterBatchWindow();
    assertThat(textOf("agent-state")).isEqualTo("Wrap-up");
    assertThat(find(WrapUpForm.class).single().isVisible()).isTrue();
  }

  @Test
  void leavingTheDeskUnsubscribesFromRouting() {
    assertThat(fixture.routing.subscribers()).isEqualTo(1);

    navigate("", AgentView.class); // the same view again: still one subscription
    assertThat(fixture.routing.subscribers()).isEqualTo(1);

    org.cityline.desktop.ui.CurrentUser.clear();
    navigate("login", org.cityline.desktop.signin.LoginView.class);
    assertThat(fixture.routing.subscribers()).isZero();
  }

  @Test
  void timeInStateIsCountedFromRoutingsClock() {
    Instant signedIn = rep().since();
    fixture.clock.advance(Duration.ofSeconds(187));

    assertThat(find(ElapsedClock.class).id("state-clock").textAt(fixture.clock.instant()))
        .isEqualTo("3:07");
    assertThat(find(ElapsedClock.class).id("state-clock").since()).contains(signedIn);
  }

  private void chooseDisposition(String label) {
    @SuppressWarnings("unchecked")
    Select<Object> disposition = find(Select.class).id("disposition");
    test(disposition).selectItem(label);
  }
}
