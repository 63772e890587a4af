package org.cityline.accounts.payments.sandbox;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.Money;
import org.cityline.accounts.payments.GatewayResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentToken;

/** Where the sandbox gateway keeps its methods and charges (the accounts database). */
public interface SandboxRecords {

  /** Stores a new method, or replaces one with the same token. */
  void save(SandboxMethod method);

  Optional<SandboxMethod> find(PaymentToken token);

  /** The charge made under a key, if any. */
  Optional<GatewayResult> charge(IdempotencyKey key);

  /**
   * Stores a charge under its key.
   *
   * @return false when a charge with that key exists already (keep that one)
   */
  boolean saveCharge(
      IdempotencyKey key, PaymentToken token, Money amount, GatewayResult result, Instant at);
}
