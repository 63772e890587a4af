package org.cityline.routing;

import java.time.Instant;

/**
 * A warm transfer in progress: the agent with the contact has put the caller on hold and consults
 * another agent, who takes the contact when the first completes the transfer.
 *
 * @param agent the agent consulted
 * @param note what the first agent wrote for them
 * @param expiresAt when the consult rings out, if not accepted
 * @param accepted whether the consulted agent took it
 */
public record Consult(AgentId agent, String note, Instant expiresAt, boolean accepted) {

  public Consult {
    if (agent == null || note == null || expiresAt == null) {
      throw new IllegalArgumentException("a consult needs an agent, a note and an expiry");
    }
  }

  Consult taken() {
    return new Consult(agent, note, expiresAt, true);
  }

  @Override
  public String toString() {
    return "Consult[" + agent + ", accepted " + accepted + "]";
  }
}
