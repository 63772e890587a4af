package org.cityline.ivr.flowfile;

import java.util.List;

/**
 * A flow file that cannot be read: every problem found, each naming its line and, where there is
 * one, its step ("line 12, step 'ask-zip': ..."). Nothing of the file is used.
 */
public final class FlowFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public FlowFileException(String source, List<String> problems) {
    super(source + " has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
