package org.cityline.routing.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;

/**
 * The stores as the engine changes them: every applied command also updates this node's index at
 * once (so a decision right after sees it), and agents' commands carry the city's day.
 */
final class Ops {

  private final RouterSetup setup;
  private final LiveIndex index;

  Ops(RouterSetup setup, LiveIndex index) {
    this.setup = setup;
    this.index = index;
  }

  Change<Contact> contact(ContactId id, ContactCommand command) {
    Change<Contact> change = setup.contacts().apply(id, command);
    if (change instanceof Change.Applied<Contact> applied) {
      index.contact(applied.after());
    }
    return change;
  }

  Change<Agent> agent(AgentId id, AgentCommand command) {
    Change<Agent> change = setup.agents().apply(id, command, day());
    if (change instanceof Change.Applied<Agent> applied) {
      index.agent(applied.after());
    }
    return change;
  }

  /**
   * Starts a contact's command (see {@link org.cityline.routing.ContactStore#start}); waiting for
   * it updates the index as {@link #contact} does.
   */
  Supplier<Change<Contact>> startContact(ContactId id, ContactCommand command) {
    Supplier<Change<Contact>> pending = setup.contacts().start(id, command);
    return () -> {
      Change<Contact> change = pending.get();
      if (change instanceof Change.Applied<Contact> applied) {
        index.contact(applied.after());
      }
      return change;
    };
  }

  /** Starts an agent's command; waiting for it updates the index as {@link #agent} does. */
  Supplier<Change<Agent>> startAgent(AgentId id, AgentCommand command) {
    Supplier<Change<Agent>> pending = setup.agents().start(id, command, day());
    return () -> {
      Change<Agent> change = pending.get();
      if (change instanceof Change.Applied<Agent> applied) {
        index.agent(applied.after());
      }
      return change;
    };
  }

  Instant now() {
    return setup.clock().instant();
  }

  /** When today started in the city's time zone. */
  Instant day() {
    return dayOf(now(), setup.clock().getZone());
  }

  static Instant dayOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  LiveIndex index() {
    return index;
  }

  RouterSetup setup() {
    return setup;
  }
}
