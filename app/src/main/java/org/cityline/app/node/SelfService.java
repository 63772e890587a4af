package org.cityline.app.node;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.cityline.accounts.FieldNotifier;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.arrangements.ArrangementPolicy;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.accounts.jdbc.SelfServiceSettings;
import org.cityline.accounts.jdbc.SelfServiceStore;
import org.cityline.accounts.messaging.Messaging;
import org.cityline.accounts.messaging.SandboxOutbox;
import org.cityline.accounts.online.ResetPolicy;
import org.cityline.app.config.CitylineConfig;
import org.cityline.common.time.Scheduler;
import org.cityline.ivr.Ivr;
import org.cityline.ivr.IvrPorts;
import org.cityline.ivr.PaymentCapture;
import org.cityline.ivr.announcements.Announcements;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flowfile.FlowFile;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.guard.GuardPolicy;
import org.cityline.ivr.hazelcast.HazelcastAnnouncementStore;
import org.cityline.ivr.hazelcast.HazelcastIdentificationGuard;
import org.cityline.ivr.hazelcast.HazelcastSessionStore;
import org.cityline.ivr.prompts.PromptBundles;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IVR and the self-service account changes behind it: the accounts' payments, arrangements,
 * programs, outages and password resets; the Hazelcast session store, identification guard and
 * announcement board; and two background jobs every node runs (both idempotent): settling payments
 * whose gateway answer was lost, and handing unpublished field notifications over.
 */
final class SelfService {

  /** Where field notifications are published on the clustered event bus (JSON). */
  static final String FIELD_NOTIFICATIONS = "cityline.field-notifications";

  private static final Logger LOG = LoggerFactory.getLogger(SelfService.class);
  private static final Duration JOBS_EVERY = Duration.ofMinutes(1);
  private static final Duration PAYMENT_SETTLE_AFTER = Duration.ofMinutes(2);

  /** What the node keeps of it. */
  record Parts(
      Ivr ivr, SelfServiceStore store, Announcements announcements, SandboxOutbox outbox) {}

  private SelfService() {}

  /** The maps the IVR uses, added to the member's config before it starts. */
  static Config configure(Config hazelcast, CitylineConfig config) {
    HazelcastSessionStore.configure(hazelcast, config.ivrSessionTtl());
    HazelcastIdentificationGuard.configure(hazelcast);
    HazelcastAnnouncementStore.configure(hazelcast);
    return hazelcast;
  }

  static Parts start(
      CitylineConfig config,
      HazelcastInstance hazelcast,
      Vertx vertx,
      DataSource dataSource,
      AccountsStore accounts,
      RoutingService routing,
      QueueDirectory queues,
      Clock clock,
      Scheduler timers,
      Optional<Messaging> carrier,
      PaymentCapture capture,
      Shutdown shutdown) {
    SandboxOutbox outbox = new SandboxOutbox(clock);
    // Texts go through the phone system's carrier when it has one (Twilio); else they are kept.
    Messaging messaging = carrier.orElse(outbox);
    SelfServiceStore store =
        AccountsDatabase.openSelfService(
            dataSource,
            clock,
            new SelfServiceSettings(
                Optional.empty(),
                config.ivr().paymentLimits(),
                ArrangementPolicy.defaults(),
                ResetPolicy.defaults(config.ivr().resetLinkUrl()),
                messaging,
                fieldNotifier(vertx)));
    Announcements announcements =
        new Announcements(
            new HazelcastAnnouncementStore(hazelcast, clock), accounts.audit(), clock);
    IvrPorts ports =
        new IvrPorts(
            accounts.customers(),
            routing,
            accounts.contacts(),
            accounts.audit(),
            store.payments(),
            store.arrangements(),
            store.programs(),
            store.outages(),
            store.onlineAccounts(),
            new HazelcastIdentificationGuard(hazelcast, GuardPolicy.defaults()),
            announcements,
            messaging);
    Flow flow =
        config
            .ivr()
            .flowFile()
            .map(FlowFile::load)
            .orElseGet(
                () ->
                    MainFlow.build(
                        MainFlow.Settings.defaults()
                            .withQueues(queuesKnownTo(queues))
                            .withHoldCheckBack(config.ivr().holdCheckBack())));
    Ivr ivr =
        new Ivr(
            flow,
            PromptBundles.cityline(),
            config.ivr().hours(),
            new HazelcastSessionStore(hazelcast, config.ivrSessionTtl()),
            ports,
            clock,
            capture);
    if (config.database().seedDemo()) {
      demoOutage(store, clock);
    }
    Jobs jobs = new Jobs(store, timers);
    jobs.schedule();
    shutdown.onClose("self-service jobs", jobs, Jobs::stop);
    return new Parts(ivr, store, announcements, outbox);
  }

  /**
   * The IVR's queues, each one routing has configured, else billing (a routing core configured with
   * fewer queues still takes every caller).
   */
  static MainFlow.Queues queuesKnownTo(QueueDirectory directory) {
    MainFlow.Queues wanted = MainFlow.Queues.defaults();
    QueueId fallback = directory.all().getFirst().id();
    java.util.function.Function<QueueId, QueueId> known =
        queue -> directory.find(queue).isPresent() ? queue : fallback;
    return new MainFlow.Queues(
        known.apply(wanted.billing()),
        known.apply(wanted.payments()),
        known.apply(wanted.credit()),
        known.apply(wanted.startStop()),
        known.apply(wanted.outages()),
        known.apply(wanted.specialists()),
        known.apply(wanted.supervisors()),
        known.apply(wanted.spanish()),
        known.apply(wanted.emergency()));
  }

  static FieldNotifier fieldNotifier(Vertx vertx) {
    return notification ->
        vertx
            .eventBus()
            .publish(
                FIELD_NOTIFICATIONS,
                new JsonObject()
                    .put("id", notification.id())
                    .put("account", notification.account().value())
                    .put("serviceOrder", notification.serviceOrder())
                    .put("kind", notification.kind())
                    .put("message", notification.message())
                    .put("contact", notification.contact().map(Object::toString).orElse(null))
                    .put("at", notification.at().toString()));
  }

  /** A known outage in a showcase ZIP, so the demo announces one (once per database). */
  private static void demoOutage(SelfServiceStore store, Clock clock) {
    String zip = DemoCity.SHOWCASE_SPANISH.serviceZip();
    if (store.outages().known(zip).isEmpty()) {
      store
          .outages()
          .declare(
              UtilityService.ELECTRIC,
              zip,
              clock.instant(),
              Optional.of(clock.instant().plus(Duration.ofHours(3))),
              "Demo: storm damage to a feeder line");
      LOG.info("demo: a known electric outage in ZIP {} for the IVR to announce", zip);
    }
  }

  /** The background jobs, every minute on the shared timers, each run on a virtual thread. */
  private static final class Jobs {
    private final SelfServiceStore store;
    private final Scheduler timers;
    private volatile Scheduler.Timer next;
    private volatile boolean stopped;

    Jobs(SelfServiceStore store, Scheduler timers) {
      this.store = store;
      this.timers = timers;
    }

    void schedule() {
      if (!stopped) {
        next =
            timers.schedule(
                JOBS_EVERY, () -> Thread.ofVirtual().name("self-service-jobs").start(this::run));
      }
    }

    private void run() {
      try {
        int settled = store.payments().recoverPending(PAYMENT_SETTLE_AFTER);
        int relayed = store.fieldNotifications().relayUnpublished();
        if (settled + relayed > 0) {
          LOG.info("settled {} payment(s); handed over {} field notification(s)", settled, relayed);
        }
      } catch (RuntimeException e) {
        LOG.warn("the self-service jobs failed this time; they run again in a minute", e);
      } finally {
        schedule();
      }
    }

    void stop() {
      stopped = true;
      Scheduler.Timer timer = next;
      if (timer != null) {
        timer.cancel();
      }
    }
  }
}
