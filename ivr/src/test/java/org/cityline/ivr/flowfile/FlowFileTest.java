package org.cityline.ivr.flowfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flow.FlowEngine;
import org.cityline.ivr.flow.FlowProblem;
import org.cityline.ivr.flow.InvalidFlowException;
import org.cityline.ivr.flow.Step;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.ivr.prompts.PromptBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow files: every flow written reads back the same; errors name their line and step. */
class FlowFileTest {

  /** The main flow as a file, committed for people to read and copy. */
  static final Path COMMITTED = Path.of("..", "docs", "flows", "utility-main.flow");

  @Test
  void theMainFlowWrittenAsAFileReadsBackAsTheSameFlow() {
    Flow main = MainFlow.build();

    Flow read = FlowFile.read("utility-main.flow", FlowFile.write(main));

    assertThat(read).isEqualTo(main);
    assertThat(FlowFile.write(read)).isEqualTo(FlowFile.write(main));
  }

  @Test
  void theCommittedFileIsTheMainFlowAsItIsNow() throws IOException {
    String written = FlowFile.write(MainFlow.build());
    if (Boolean.getBoolean("cityline.writeFlowFiles")) {
      Files.writeString(COMMITTED, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as(
            "docs/flows/utility-main.flow is out of date; run this test with"
                + " -Dcityline.writeFlowFiles=true to write it again")
        .isEqualTo(written);
  }

  @Test
  void aCitysOwnFlowFileRunsOnTheEngine(@TempDir Path folder) throws IOException {
    String text =
        FlowFile.write(MainFlow.build())
            .replace(
                "menu main-menu label=\"the main menu\" timeout=5s",
                "menu main-menu label=\"the main menu\" timeout=9s");
    Path file = folder.resolve("city.flow");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    FlowEngine engine =
        FlowFile.engine(file, PromptBundles.cityline(), BusinessHours.always(ZoneOffset.UTC));

    assertThat(((Step.Menu) engine.flow().require("main-menu")).timeout().toSeconds()).isEqualTo(9);
  }

  @Test
  void aFileThatCannotBeReadListsEveryProblemWithItsLineAndStep() {
    String text =
        """
        flow tiny start=hello home=hello person=to-person retries=2

        say hello
          say welcome

        greet nobody -> hello

        menu choose label="a menu" timeout=5parsecs
          say main-menu
          key 1 -> hello

        action look LookUpCaller
          one -> hello
          none hello

        entry code label="a code" digits=5 timeout=7s into=code -> hello
          say ask-secret
        """;

    assertThatThrownBy(() -> FlowFile.read("tiny.flow", text))
        .isInstanceOf(FlowFileException.class)
        .satisfies(
            e ->
                assertThat(((FlowFileException) e).problems())
                    .containsExactly(
                        "line 3, step 'hello': needs -> next",
                        "line 6, step 'nobody': 'greet' is not a step; steps are say, menu, entry,"
                            + " branch, language, action, transfer, hold, capture, remember, resume and"
                            + " hangup",
                        "line 8, step 'choose': a duration reads like 500ms, 7s or 2m; got"
                            + " '5parsecs'",
                        "line 12, step 'look': 'none' needs '-> <step>' at its end",
                        "line 16, step 'code': digits are written min..max, such as 10..10"));
  }

  @Test
  void aFileThatReadsButIsNotASoundFlowIsRefusedNamingTheSteps(@TempDir Path folder)
      throws IOException {
    String text =
        FlowFile.write(MainFlow.build())
            .replace("  key 1 -> read-balance\n", "  key 1 -> read-the-balance\n")
            .replace("  say goodbye\n", "  say good-bye\n");
    Path file = folder.resolve("broken.flow");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                FlowFile.engine(
                    file, PromptBundles.cityline(), BusinessHours.always(ZoneOffset.UTC)))
        .isInstanceOf(InvalidFlowException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFlowException) e).problems())
                    .extracting(FlowProblem::toString)
                    .contains(
                        "step 'main-menu': goes to 'read-the-balance', which does not exist",
                        "step 'goodbye': prompt 'good-bye' has no en-US text",
                        "step 'goodbye': prompt 'good-bye' has no es-US text",
                        "step 'read-balance': cannot be reached from the start 'find-caller'"));
  }

  @Test
  void aFileWithoutAFlowLineOrWithAnOpenQuoteSaysSo() {
    assertThatThrownBy(() -> FlowFile.read("empty.flow", "# nothing here\n"))
        .hasMessageContaining(
            "has no 'flow <name> start=... home=... person=... retries=...' line");
    assertThatThrownBy(
            () ->
                FlowFile.read(
                    "quote.flow",
                    "flow x start=a home=a person=a retries=2\nmenu a label=\"open timeout=5s\n"))
        .hasMessageContaining("line 2: a quote is not closed");
  }
}
