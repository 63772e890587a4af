package org.cityline.ivr.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.io.Serial;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cityline.accounts.AccountNumber;
import org.cityline.ivr.guard.FailureWindow;
import org.cityline.ivr.guard.GuardPolicy;
import org.cityline.ivr.guard.IdentificationGuard;

/**
 * Failed identifications per account in a Hazelcast map ({@value #MAP_NAME}), changed only by an
 * entry processor on the account's key: every node counts into the same window, atomically, and a
 * member's loss loses nothing (one synchronous backup). Entries expire after the longer of the
 * window and the lock, so the map holds only accounts failed lately.
 */
public final class HazelcastIdentificationGuard implements IdentificationGuard {

  public static final String MAP_NAME = "cityline-ivr-identification-failures";

  private final IMap<String, FailureWindow> failures;
  private final GuardPolicy policy;

  public HazelcastIdentificationGuard(HazelcastInstance hazelcast, GuardPolicy policy) {
    this.failures = hazelcast.getMap(MAP_NAME);
    this.policy = policy;
  }

  /** The map's settings: one synchronous backup. Add before starting members. */
  public static Config configure(Config config) {
    return config.addMapConfig(new MapConfig(MAP_NAME).setBackupCount(1).setAsyncBackupCount(0));
  }

  @Override
  public boolean isLocked(AccountNumber account, Instant at) {
    FailureWindow window = failures.get(account.value());
    return window != null && window.lockedAt(at);
  }

  @Override
  public FailureWindow.FailureOutcome recordFailure(AccountNumber account, Instant at) {
    FailureWindow.FailureOutcome outcome =
        failures.executeOnKey(account.value(), new RecordFailure(at.toEpochMilli(), policy));
    long keep = Math.max(policy.window().toMillis(), policy.lockFor().toMillis());
    failures.setTtl(account.value(), keep, TimeUnit.MILLISECONDS);
    return outcome;
  }

  /** Counts one failure on the entry's owner, atomically. */
  static final class RecordFailure
      implements EntryProcessor<String, FailureWindow, FailureWindow.FailureOutcome> {

    @Serial private static final long serialVersionUID = 1L;

    private final long at;
    private final GuardPolicy policy;

    RecordFailure(long at, GuardPolicy policy) {
      this.at = at;
      this.policy = policy;
    }

    @Override
    public FailureWindow.FailureOutcome process(Map.Entry<String, FailureWindow> entry) {
      FailureWindow window = entry.getValue() == null ? FailureWindow.empty() : entry.getValue();
      FailureWindow.Counted counted = window.fail(Instant.ofEpochMilli(at), policy);
      entry.setValue(counted.window());
      return counted.outcome();
    }
  }
}
