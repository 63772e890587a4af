package org.cityline.desktop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Specialists a supervisor has made temporary lead: they get the supervisor's views until the
 * supervisor revokes it or their shift ends. Kept in the map it is given: in the app a Hazelcast
 * map ({@code desk-leads}) so every node sees a grant at once; by default this node's memory.
 */
public final class TemporaryLeads {

  /**
   * A grant.
   *
   * @param username the specialist
   * @param grantedBy the supervisor
   * @param until the end of the specialist's shift
   */
  public record Lead(String username, String grantedBy, Instant until)
      implements java.io.Serializable {}

  private final Clock clock;
  private final ConcurrentMap<String, Lead> leads;

  /** Grants kept in this node's memory. */
  public TemporaryLeads(Clock clock) {
    this(clock, new ConcurrentHashMap<>());
  }

  /**
   * Grants kept in {@code leads} (a Hazelcast {@code IMap} is one): expired grants are dropped when
   * next read.
   */
  public TemporaryLeads(Clock clock, ConcurrentMap<String, Lead> leads) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.leads = java.util.Objects.requireNonNull(leads, "leads");
  }

  /** Makes the specialist lead until {@code until}; replaces an earlier grant. */
  public void grant(String username, String grantedBy, Instant until) {
    leads.put(username, new Lead(username, grantedBy, until));
  }

  /** Ends the grant; false if there was none. */
  public boolean revoke(String username) {
    return leads.remove(username) != null;
  }

  /** The grant in force for this user, if any. */
  public Optional<Lead> find(String username) {
    Lead lead = username == null ? null : leads.get(username);
    if (lead == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(lead.until())) {
      leads.remove(username, lead);
      return Optional.empty();
    }
    return Optional.of(lead);
  }

  /** Whether the user is lead now. */
  public boolean isLead(String username) {
    return find(username).isPresent();
  }

  /** Every grant in force, by user name. */
  public List<Lead> current() {
    return leads.keySet().stream().sorted().flatMap(name -> find(name).stream()).toList();
  }
}
