package org.cityline.app.node;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import javax.sql.DataSource;
import org.cityline.accounts.FieldNotifier;
import org.cityline.accounts.Money;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.accounts.jdbc.SelfServiceStore;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.app.config.CitylineConfig;
import org.cityline.common.time.Scheduler;
import org.cityline.desktop.AgentDeskServices;
import org.cityline.desktop.DeskDrafts;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.desktop.hazelcast.HazelcastDraftStore;
import org.cityline.desktop.hazelcast.HazelcastLockoutStore;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.desktop.server.DesktopServerException;
import org.cityline.routing.RoutingService;

/** The agent desktop on the public web port, with the Vert.x paths proxied beside it. */
final class Desktop {

  private Desktop() {}

  /** The Hazelcast map of temporary leads, shared by every node. */
  static final String LEADS_MAP = "desk-leads";

  /**
   * The agent desk's account ports: payments and arrangements of the self-service store, notes, and
   * agents' account work (service orders notify field staff like the self-service changes; bill
   * credits above {@code approvalThreshold}, {@code desktop.approval-threshold}, wait for a
   * supervisor).
   */
  static AgentDeskServices agentDesk(
      DataSource dataSource,
      AccountsStore accounts,
      SelfServiceStore selfService,
      FieldNotifier fieldNotifier,
      Clock clock,
      Money approvalThreshold,
      HazelcastInstance hazelcast) {
    return AgentDeskServices.inMemory()
        .withDrafts(new DeskDrafts(new HazelcastDraftStore(hazelcast)))
        .withAccountPorts(
            AccountsDatabase.openAgentWork(dataSource, clock, approvalThreshold, fieldNotifier),
            selfService.payments(),
            accounts.notes(),
            selfService.arrangements());
  }

  static DesktopServer start(
      CitylineConfig config,
      AccountsStore accounts,
      AgentDeskServices agentDesk,
      RoutingService routing,
      Clock clock,
      Scheduler scheduler,
      int apiPort,
      Shutdown shutdown,
      org.cityline.desktop.ConsoleServices console) {

    DesktopServices services =
        new DesktopServices(
            routing,
            accounts.customers(),
            accounts.contacts(),
            accounts.staff(),
            PasswordVerifier.bcrypt(new PasswordHasher()),
            accounts.audit(),
            routing.dispositionCodes(),
            clock,
            scheduler,
            agentDesk,
            console);
    DesktopServer desktop =
        new DesktopServer(
            new DesktopServer.Settings(
                config.web().host(), config.web().port(), config.web().sessionTimeout()),
            services,
            CitylineNode.apiMounts(apiPort));
    try {
      desktop.start();
    } catch (DesktopServerException e) {
      throw new IllegalStateException("web.port " + config.web().port() + ": " + e.getMessage(), e);
    }
    return shutdown.onClose("desktop", desktop, DesktopServer::stop);
  }

  /**
   * The supervisor's and administrator's half: the staff directory's changes, the IVR's emergency
   * announcement and routing's interval reports; the sign-in lockout (counted in a Hazelcast map
   * every node shares) and age from the config; temporary leads in a Hazelcast map too.
   */
  static org.cityline.desktop.ConsoleServices console(
      CitylineConfig.SignInRules rules,
      Clock clock,
      HazelcastInstance hazelcast,
      org.cityline.accounts.staff.StaffAdministration staff,
      org.cityline.ivr.announcements.Announcements announcements,
      org.cityline.routing.IntervalStore intervals) {
    org.cityline.desktop.ConsoleServices defaults =
        org.cityline.desktop.ConsoleServices.defaults(clock);
    return new org.cityline.desktop.ConsoleServices(
            new org.cityline.desktop.SignInLockout(
                new org.cityline.desktop.SignInLockout.Policy(
                    rules.maxFailures(), rules.failureWindow(), rules.lockout()),
                clock,
                new HazelcastLockoutStore(hazelcast)),
            new org.cityline.desktop.TemporaryLeads(clock, hazelcast.getMap(LEADS_MAP)),
            rules.maxAge(),
            defaults.staffAdmin(),
            defaults.announcements(),
            defaults.intervals())
        .withStaffAdmin(staff)
        .withAnnouncements(
            (text, start, end, setBy) ->
                switch (announcements.publish(
                    new org.cityline.ivr.announcements.AnnouncementRequest(
                        text, start, end, setBy))) {
                  case org.cityline.ivr.announcements.AnnouncementResult.Published p ->
                      new org.cityline.desktop.AnnouncementDesk.Outcome.Published(
                          p.announcement().id());
                  case org.cityline.ivr.announcements.AnnouncementResult.Refused r ->
                      new org.cityline.desktop.AnnouncementDesk.Outcome.Refused(r.reason());
                })
        .withIntervals(intervals);
  }
}
