package org.cityline.routing;

/**
 * Where an agent transfers or escalates a contact: a queue (billing, specialists, supervisors...)
 * or one agent.
 */
public sealed interface TransferTarget {

  /** A queue: blind, the contact waits there; warm, the first free agent of it is consulted. */
  record Queue(QueueId queue) implements TransferTarget {}

  /** One agent, who must be able to take it now. */
  record Agent(AgentId agent) implements TransferTarget {}

  /** How the transfer is made. */
  enum Mode {
    /** The agent hands the caller on at once and goes to wrap-up. */
    BLIND,
    /**
     * The agent holds the caller and consults the target first, then completes the transfer (or
     * cancels it and resumes the caller).
     */
    WARM
  }
}
