package org.cityline.desktop;

import java.time.Duration;
import java.util.Objects;

/**
 * What the agent desk needs beyond the foundation's services: where drafts are kept and how much
 * more wrap-up time one click asks for.
 *
 * @param drafts what agents typed and have not submitted, per agent (survives reloads)
 * @param wrapUpExtension how much more wrap-up time the "More time" button asks routing for
 */
public record AgentDeskServices(DeskDrafts drafts, Duration wrapUpExtension) {

  public AgentDeskServices {
    Objects.requireNonNull(drafts, "drafts");
    Objects.requireNonNull(wrapUpExtension, "wrapUpExtension");
    if (wrapUpExtension.isNegative()
        || wrapUpExtension.isZero()
        || wrapUpExtension.compareTo(Duration.ofMinutes(30)) > 0) {
      throw new IllegalArgumentException(
          "a wrap-up extension is 1 second to 30 minutes, was " + wrapUpExtension);
    }
  }

  /** Drafts in this node's memory; two more minutes of wrap-up per click. */
  public static AgentDeskServices inMemory() {
    return new AgentDeskServices(new DeskDrafts(), Duration.ofMinutes(2));
  }
}
