package org.cityline.ivr.testing;

import java.time.Clock;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.accounts.jdbc.SelfServiceStore;
import org.cityline.ivr.IvrPorts;
import org.cityline.ivr.announcements.AnnouncementStore;
import org.cityline.ivr.announcements.Announcements;
import org.cityline.ivr.guard.IdentificationGuard;
import org.cityline.routing.RoutingService;

/** {@link IvrPorts} for tests: from fakes, or over a real accounts store. */
public final class TestPorts {

  private TestPorts() {}

  /** Customer lookups, routing and history; account changes fail; an in-memory guard. */
  public static IvrPorts of(
      CustomerInformation customers, RoutingService routing, ContactHistory history, Clock clock) {
    NoAccountChanges none = new NoAccountChanges();
    RecordingAuditTrail audit = new RecordingAuditTrail();
    return new IvrPorts(
        customers,
        routing,
        history,
        audit,
        none,
        none,
        none,
        none,
        none,
        new InMemoryIdentificationGuard(),
        new Announcements(new InMemoryAnnouncementStore(), audit, clock));
  }

  /** The standard IVR over {@link #of} ports, open around the clock. */
  public static org.cityline.ivr.Ivr ivr(
      org.cityline.ivr.SessionStore sessions,
      CustomerInformation customers,
      RoutingService routing,
      ContactHistory history,
      Clock clock) {
    return org.cityline.ivr.Ivr.standard(
        org.cityline.ivr.flows.MainFlow.Settings.defaults(),
        org.cityline.ivr.hours.BusinessHours.always(java.time.ZoneOffset.UTC),
        sessions,
        of(customers, routing, history, clock),
        clock);
  }

  /** Everything over a real accounts store, with this routing, guard and announcement store. */
  public static IvrPorts over(
      AccountsStore store,
      SelfServiceStore services,
      RoutingService routing,
      IdentificationGuard guard,
      AnnouncementStore announcements,
      Clock clock) {
    AuditTrail audit = store.audit();
    return new IvrPorts(
        store.customers(),
        routing,
        store.contacts(),
        audit,
        services.payments(),
        services.arrangements(),
        services.programs(),
        services.outages(),
        services.onlineAccounts(),
        guard,
        new Announcements(announcements, audit, clock));
  }
}
