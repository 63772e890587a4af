package org.cityline.ivr.flowfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flow.FlowEngine;
import org.cityline.ivr.flow.FlowValidator;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.ivr.prompts.PromptCatalog;

/**
 * A call flow as a text file a city can read and change, and load instead of the built-in flow: one
 * step per block, its first line at the margin and its details indented. {@link #write} writes any
 * flow this way and {@link #read} reads it back to the same flow; the format is in ivr/README.md
 * ("Flow files") and {@code docs/flows/utility-main.flow} is the main flow in it.
 *
 * <pre>
 * flow utility-main start=find-caller home=home person=to-person retries=2
 *
 * menu main-menu label="the main menu" timeout=5s
 *   say main-menu
 *   key 1 -> read-balance
 *
 * entry ask-account label="the account number prompt" digits=10..10 finish=# timeout=7s into=entered-account -> ask-secret
 *   say ask-account
 *   key 8 -> no-account
 * </pre>
 *
 * <p>Two kinds of errors, both naming the step: a file that cannot be read ({@link
 * FlowFileException}: an unknown step kind, a missing attribute, with its line), and a flow that is
 * not sound ({@code InvalidFlowException} from the validator: a step that leads nowhere or is never
 * reached, a prompt missing in a language).
 */
public final class FlowFile {

  private FlowFile() {}

  /** Writes a flow as a flow file. */
  public static String write(Flow flow) {
    return FlowFileWriter.write(flow);
  }

  /**
   * Reads a flow file's text.
   *
   * @param source what to call the file in messages (its path)
   * @throws FlowFileException listing every problem, each with its line and step
   */
  public static Flow read(String source, String text) {
    return FlowFileReader.read(source, text);
  }

  /** Reads a flow file (UTF-8). */
  public static Flow load(Path path) {
    try {
      return read(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the flow file " + path, e);
    }
  }

  /**
   * Reads a flow file and checks it against a prompt catalog, as at start-up.
   *
   * @throws FlowFileException when the file cannot be read
   * @throws org.cityline.ivr.flow.InvalidFlowException when the flow is not sound
   */
  public static FlowEngine engine(Path path, PromptCatalog catalog, BusinessHours hours) {
    Flow flow = load(path);
    FlowValidator.check(flow, catalog);
    return new FlowEngine(flow, catalog, hours);
  }
}
