package org.cityline.benchmarks.ivr;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.accounts.jdbc.SelfServiceSettings;
import org.cityline.accounts.jdbc.SelfServiceStore;
import org.cityline.accounts.messaging.SandboxOutbox;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.time.Scheduler;
import org.cityline.ivr.Ivr;
import org.cityline.ivr.IvrPorts;
import org.cityline.ivr.announcements.Announcements;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.guard.GuardPolicy;
import org.cityline.ivr.hazelcast.HazelcastAnnouncementStore;
import org.cityline.ivr.hazelcast.HazelcastIdentificationGuard;
import org.cityline.ivr.hazelcast.HazelcastSessionStore;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.simulator.SimulatorSettings;
import org.jdbi.v3.core.Jdbi;

/**
 * One IVR node for the benchmarks, as the launcher builds it: a Hazelcast member (sessions, the
 * identification guard, announcements), a demo city in an in-memory H2 database behind the
 * self-service store with the sandbox gateway, the IVR's main flow, and the simulator in front,
 * with every caller event's handling timed. Routing is {@link QueueingRouting}.
 */
final class IvrBench implements AutoCloseable {

  /** A caller of the demo city: a phone on file for exactly one account, and that account. */
  record Customer(PhoneNumber phone, AccountSummary account) {}

  /** Times the IVR's handling of each caller event (the step latency). */
  static final class TimedHandler implements CallEventHandler {
    private final CallEventHandler inner;
    final List<long[]> samples = new CopyOnWriteArrayList<>();

    TimedHandler(CallEventHandler inner) {
      this.inner = inner;
    }

    @Override
    public List<CallCommand> handle(CallEvent event) {
      long start = System.nanoTime();
      List<CallCommand> commands = inner.handle(event);
      if (!(event instanceof CallEvent.CallEnded)) {
        samples.add(new long[] {System.nanoTime() - start});
      }
      return commands;
    }
  }

  /** The contacts the IVR ended, in order (the day's outcomes). */
  static final class Outcomes implements ContactHistory {
    private final ContactHistory store;
    final List<ContactRecord> ended = new CopyOnWriteArrayList<>();

    Outcomes(ContactHistory store) {
      this.store = store;
    }

    @Override
    public boolean recordEnded(ContactRecord contact) {
      ended.add(contact);
      return store.recordEnded(contact);
    }

    @Override
    public void recordWrapUp(WrapUp wrapUp) {
      store.recordWrapUp(wrapUp);
    }

    @Override
    public List<ContactRecord> recentForAccount(AccountNumber account, int limit) {
      return store.recentForAccount(account, limit);
    }
  }

  final HazelcastInstance hazelcast;
  final HikariDataSource dataSource;
  final AccountsStore accounts;
  final SelfServiceStore services;
  final QueueingRouting routing = new QueueingRouting();
  final Outcomes outcomes;
  final Ivr ivr;
  final TimedHandler handler;
  final SimulatedNetwork network;

  IvrBench(Clock clock, Scheduler scheduler, int cityAccounts, MainFlow.Settings settings) {
    hazelcast = Hazelcast.newHazelcastInstance(memberConfig());
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl("jdbc:h2:mem:ivr-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    pool.setMaximumPoolSize(16);
    dataSource = new HikariDataSource(pool);
    AccountsDatabase.migrate(dataSource);
    DemoCity.seedIfEmpty(dataSource, clock, DemoCity.DEFAULT_SEED, cityAccounts);
    accounts = AccountsDatabase.open(dataSource, clock);
    services =
        AccountsDatabase.openSelfService(
            dataSource,
            clock,
            SelfServiceSettings.sandbox(
                "https://city.example/account/reset",
                new SandboxOutbox(clock),
                notification -> {}));
    outcomes = new Outcomes(accounts.contacts());
    IvrPorts ports =
        new IvrPorts(
            accounts.customers(),
            routing,
            outcomes,
            accounts.audit(),
            services.payments(),
            services.arrangements(),
            services.programs(),
            services.outages(),
            services.onlineAccounts(),
            new HazelcastIdentificationGuard(hazelcast, GuardPolicy.defaults()),
            new Announcements(
                new HazelcastAnnouncementStore(hazelcast, clock), accounts.audit(), clock));
    ivr =
        Ivr.standard(
            settings,
            BusinessHours.always(clock.getZone()),
            new HazelcastSessionStore(hazelcast, Duration.ofMinutes(30)),
            ports,
            clock);
    handler = new TimedHandler(new CallDirector(ivr, routing));
    network =
        new SimulatedNetwork(
            clock, scheduler, new SimulatorSettings(Duration.ofMinutes(15), 20_000, 20_000, 200));
    network.attach(handler);
  }

  /** Callers whose phone is on file for one active account owing at least $30. */
  List<Customer> customers(int wanted) {
    List<String> phones =
        Jdbi.create(dataSource)
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT c.phone FROM customer c JOIN account a ON a.customer_id ="
                                + " c.customer_id WHERE c.phone IS NOT NULL AND a.status ="
                                + " 'ACTIVE' GROUP BY c.phone HAVING COUNT(*) = 1 ORDER BY"
                                + " c.phone")
                        .mapTo(String.class)
                        .list());
    List<Customer> customers = new ArrayList<>();
    for (String phone : phones) {
      PhoneNumber number = new PhoneNumber(phone);
      List<AccountSummary> found = accounts.customers().findByPhone(number);
      if (found.size() == 1 && found.get(0).balance().cents() >= 3_000) {
        customers.add(new Customer(number, found.get(0)));
        if (customers.size() == wanted) {
          break;
        }
      }
    }
    return customers;
  }

  private static Config memberConfig() {
    Config config = new Config();
    config.setClusterName("ivr-bench-" + UUID.randomUUID());
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.getNetworkConfig().setPort(5901).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
    HazelcastSessionStore.configure(config, Duration.ofMinutes(30));
    HazelcastIdentificationGuard.configure(config);
    HazelcastAnnouncementStore.configure(config);
    return config;
  }

  /** The optional of a value, for brevity in the harnesses. */
  static <T> Optional<T> some(T value) {
    return Optional.of(value);
  }

  @Override
  public void close() {
    network.close();
    hazelcast.shutdown();
    dataSource.close();
  }
}
