package org.cityline.ivr.flow;

import java.util.List;

/**
 * Prompt ids the engine and the runtime say on their own, whatever the flow: every catalog must
 * have them in every language ({@link FlowValidator} checks).
 */
public final class EnginePrompts {

  /** Said before a menu or entry is asked again after silence. */
  public static final String RETRY_NO_INPUT = "retry-no-input";

  /** Said before a menu or entry is asked again after a key that is not a choice. */
  public static final String RETRY_INVALID = "retry-invalid";

  /** Said to a caller whose event comes back after routing took the call. */
  public static final String HOLD_FOR_AGENT = "hold-for-agent";

  /** Said when a caller's keys arrive for a session that expired or never existed. */
  public static final String CALL_EXPIRED = "call-expired";

  /** Said before hanging up when something broke. */
  public static final String TECHNICAL_DIFFICULTY = "technical-difficulty";

  /** All of them. */
  public static final List<String> ALL =
      List.of(RETRY_NO_INPUT, RETRY_INVALID, HOLD_FOR_AGENT, CALL_EXPIRED, TECHNICAL_DIFFICULTY);

  private EnginePrompts() {}
}
