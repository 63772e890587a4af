package org.cityline.ivr.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.accounts.AccountNumber;
import org.cityline.ivr.guard.FailureWindow;
import org.cityline.ivr.guard.GuardPolicy;
import org.cityline.ivr.guard.IdentificationGuard;

/** The identification guard's rule over a map in this JVM (one "node"). */
public final class InMemoryIdentificationGuard implements IdentificationGuard {

  private final Map<String, FailureWindow> windows = new ConcurrentHashMap<>();
  private final GuardPolicy policy;

  public InMemoryIdentificationGuard(GuardPolicy policy) {
    this.policy = policy;
  }

  public InMemoryIdentificationGuard() {
    this(GuardPolicy.defaults());
  }

  @Override
  public boolean isLocked(AccountNumber account, Instant at) {
    FailureWindow window = windows.get(account.value());
    return window != null && window.lockedAt(at);
  }

  @Override
  public FailureWindow.FailureOutcome recordFailure(AccountNumber account, Instant at) {
    FailureWindow.FailureOutcome[] outcome = new FailureWindow.FailureOutcome[1];
    windows.compute(
        account.value(),
        (key, window) -> {
          FailureWindow.Counted counted =
              (window == null ? FailureWindow.empty() : window).fail(at, policy);
          outcome[0] = counted.outcome();
          return counted.window();
        });
    return outcome[0];
  }
}
