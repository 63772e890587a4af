package org.cityline.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.prompts.MapCatalog;
import org.cityline.ivr.prompts.PromptBundles;
import org.cityline.ivr.prompts.PromptCatalog;
import org.junit.jupiter.api.Test;

class FlowValidatorTest {

  private final PromptCatalog prompts = PromptBundles.cityline();
  private final Flow main = MainFlow.build();

  @Test
  void theMainFlowIsSoundInBothLanguages() {
    assertThat(FlowValidator.problems(main, prompts)).isEmpty();
    assertThat(FlowValidator.problems(MainFlow.build(customSettings()), prompts)).isEmpty();
  }

  @Test
  void aStepLeadingToAStepThatDoesNotExistIsNamed() {
    Flow broken =
        with(
            main,
            new Step.Menu(
                "main-menu",
                "the main menu",
                List.of(line("main-menu")),
                Duration.ofSeconds(5),
                Map.of("1", "read-balanse", "2", "goodbye"),
                Optional.empty()));

    assertThat(messages(broken))
        .contains("step 'main-menu': goes to 'read-balanse', which does not exist")
        .contains("step 'read-balance': cannot be reached from the start 'find-caller'");
  }

  @Test
  void aCaptureNotFollowedByTheActionThatRecordsItIsNamed() {
    Flow broken =
        with(
            main,
            new Step.Capture(
                "card-capture",
                "card payment",
                org.cityline.accounts.PaymentMethod.CARD,
                "pay-cents",
                "pay-approved",
                "pay-unavailable"));

    assertThat(messages(broken))
        .contains(
            "step 'card-capture': captures a payment but 'pay-approved' is not the action that"
                + " records it; a charge would go unrecorded");
  }

  @Test
  void aStepNothingLeadsToIsNamed() {
    Flow broken =
        plus(
            main,
            new Step.Say("orphan", List.of(line("goodbye")), "end-call", Optional.empty(), false));

    assertThat(messages(broken))
        .containsExactly("step 'orphan': cannot be reached from the start 'find-caller'");
  }

  @Test
  void aPromptMissingInSpanishIsNamedWithItsStep() {
    MapCatalog withoutSpanishBalance =
        MapCatalog.copyOf(prompts).remove(Language.SPANISH, "balance");

    assertThat(FlowValidator.problems(main, withoutSpanishBalance))
        .containsExactly(new FlowProblem("say-balance", "prompt 'balance' has no es-US text"));
  }

  @Test
  void aTranslationThatDropsOrInventsAValueIsNamed() {
    MapCatalog catalog =
        MapCatalog.copyOf(prompts)
            .put(Language.SPANISH, "last-payment", "Su último pago se recibió el {1}.")
            .put(Language.SPANISH, "due-date", "Vence el {0} a las {1}.");

    assertThat(messages(main, catalog))
        .containsExactlyInAnyOrder(
            "step 'say-last-payment': prompt 'last-payment' in es-US never says {0}",
            "step 'say-due-date': prompt 'due-date' in es-US uses {1} but the step gives 1"
                + " value(s)");
  }

  @Test
  void theEnginesOwnPromptsMustExistToo() {
    MapCatalog catalog = MapCatalog.copyOf(prompts).remove(Language.ENGLISH, "retry-invalid");

    assertThat(messages(main, catalog))
        .containsExactly("step '(engine)': prompt 'retry-invalid' has no en-US text");
  }

  @Test
  void anActionMustSayWhereEachOutcomeGoesAndOnlyThose() {
    Flow broken =
        with(
            main,
            new Step.Action(
                "read-balance",
                new Operation.ReadBalance(),
                Map.of("read", "say-balance", "maybe", "goodbye")));

    assertThat(messages(broken))
        .containsExactly(
            "step 'read-balance': does not say where outcome 'unavailable' goes",
            "step 'read-balance': maps outcome 'maybe', which its operation never reports");
  }

  @Test
  void theFlowsEntryPointsMustExistAndZeroMustLeadToATransfer() {
    Flow broken = new Flow("broken", "nowhere", "home", "goodbye", 2, main.steps());

    assertThat(messages(broken))
        .contains(
            "step '(flow)': its start step 'nowhere' does not exist",
            "step '(flow)': its person step 'goodbye' must be a transfer");
  }

  @Test
  void saysAndBranchesThatLoopWithoutWaitingAreNamed() {
    Flow looping =
        with(
            main,
            new Step.Say("goodbye", List.of(line("goodbye")), "again", Optional.empty(), false),
            new Step.Branch("again", List.of(), "goodbye"));

    assertThat(messages(looping))
        .contains(
            "step 'goodbye': loops back to itself through 'again' without waiting for the caller");
  }

  @Test
  void maskedDigitsThatNoActionTakesWouldBeLostAndAreRefused() {
    Flow masked =
        with(
            main,
            new Step.Entry(
                    "ask-secret",
                    "the ZIP or phone prompt",
                    List.of(line("ask-secret")),
                    4,
                    5,
                    '#',
                    Duration.ofSeconds(7),
                    false,
                    "entered-secret",
                    "verify-account")
                .masking());

    assertThat(messages(masked))
        .containsExactly(
            "step 'ask-secret': is masked but 'verify-account' is not an action that takes masked"
                + " digits; they would be lost");
  }

  @Test
  void theEngineRefusesABrokenFlowListingEveryProblem() {
    MapCatalog catalog = MapCatalog.copyOf(prompts).remove(Language.SPANISH, "goodbye");

    assertThatThrownBy(() -> new FlowEngine(main, catalog))
        .isInstanceOf(InvalidFlowException.class)
        .hasMessageContaining("flow 'utility-main' has 1 problem(s)")
        .hasMessageContaining("step 'goodbye': prompt 'goodbye' has no es-US text")
        .satisfies(
            e ->
                assertThat(((InvalidFlowException) e).problems())
                    .extracting(FlowProblem::step)
                    .containsExactly("goodbye"));
  }

  @Test
  void stepsAndFlowsRefuseMalformedDeclarations() {
    assertThatThrownBy(() -> Flow.of("twice", "a", "a", "a", 2, List.of(say("a"), say("a"))))
        .hasMessageContaining("declares step 'a' twice");
    assertThatThrownBy(() -> say("Not An Id")).hasMessageContaining("lower-case");
    assertThatThrownBy(
            () ->
                new Step.Menu(
                    "m",
                    "a menu",
                    List.of(line("main-menu")),
                    Duration.ofSeconds(5),
                    Map.of("12", "x"),
                    Optional.empty()))
        .hasMessageContaining("one key");
    assertThatThrownBy(
            () ->
                new Step.Entry(
                    "e",
                    "an entry",
                    List.of(line("ask-zip")),
                    6,
                    5,
                    '#',
                    Duration.ofSeconds(5),
                    false,
                    "v",
                    "x"))
        .hasMessageContaining("min <= max");
    assertThatThrownBy(
            () ->
                new Step.Menu(
                    "m", "a menu", List.of(), Duration.ofSeconds(5), Map.of(), Optional.empty()))
        .hasMessageContaining("says nothing");
    assertThatThrownBy(() -> new Flow("f", "a", "a", "a", 9, Map.of()))
        .hasMessageContaining("maxRetries");
  }

  private static Step.Say say(String id) {
    return new Step.Say(id, List.of(line("goodbye")), id, Optional.empty(), false);
  }

  private static MainFlow.Settings customSettings() {
    return MainFlow.Settings.defaults()
        .withBillingQueue(new org.cityline.routing.QueueId("billing-es"));
  }

  private List<String> messages(Flow flow) {
    return messages(flow, prompts);
  }

  private static List<String> messages(Flow flow, PromptCatalog catalog) {
    return FlowValidator.problems(flow, catalog).stream().map(FlowProblem::toString).toList();
  }

  /** The flow with some steps replaced by others of the same id. */
  static Flow with(Flow flow, Step... replacements) {
    Map<String, Step> steps = new java.util.LinkedHashMap<>(flow.steps());
    for (Step step : replacements) {
      steps.put(step.id(), step);
    }
    return new Flow(
        flow.name(), flow.start(), flow.home(), flow.person(), flow.maxRetries(), steps);
  }

  static Flow plus(Flow flow, Step extra) {
    List<Step> steps = new ArrayList<>(flow.steps().values());
    steps.add(extra);
    return Flow.of(flow.name(), flow.start(), flow.home(), flow.person(), flow.maxRetries(), steps);
  }
}
