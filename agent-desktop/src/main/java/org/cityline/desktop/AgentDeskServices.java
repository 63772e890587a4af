package org.cityline.desktop;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.cityline.accounts.AccountNotes;
import org.cityline.accounts.arrangements.Arrangements;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.payments.PaymentPort;

/**
 * What the agent desk needs beyond the foundation's services: where drafts are kept, how much more
 * wrap-up time one click asks for, and the account ports an agent works with on a call (each may be
 * missing: its form then says the work cannot be done here).
 *
 * @param drafts what agents typed and have not submitted, per agent (survives reloads)
 * @param wrapUpExtension how much more wrap-up time the "More time" button asks routing for
 * @param accountWork program cancellation, due day, service orders, adjustments, deposits
 * @param payments card and bank payments through the payment gateway
 * @param notes account notes
 * @param arrangements payment arrangements and extensions
 */
public record AgentDeskServices(
    DeskDrafts drafts,
    Duration wrapUpExtension,
    Optional<AgentAccountWork> accountWork,
    Optional<PaymentPort> payments,
    Optional<AccountNotes> notes,
    Optional<Arrangements> arrangements) {

  public AgentDeskServices {
    Objects.requireNonNull(drafts, "drafts");
    Objects.requireNonNull(wrapUpExtension, "wrapUpExtension");
    Objects.requireNonNull(accountWork, "accountWork");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(arrangements, "arrangements");
    if (wrapUpExtension.isNegative()
        || wrapUpExtension.isZero()
        || wrapUpExtension.compareTo(Duration.ofMinutes(30)) > 0) {
      throw new IllegalArgumentException(
          "a wrap-up extension is 1 second to 30 minutes, was " + wrapUpExtension);
    }
  }

  /** Drafts in this node's memory; two more minutes of wrap-up per click; no account ports. */
  public static AgentDeskServices inMemory() {
    return new AgentDeskServices(
        new DeskDrafts(),
        Duration.ofMinutes(2),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same with drafts kept elsewhere (in the app: a Hazelcast map every node shares). */
  public AgentDeskServices withDrafts(DeskDrafts replacement) {
    return new AgentDeskServices(
        replacement, wrapUpExtension, accountWork, payments, notes, arrangements);
  }

  /** The same with the account ports agents work with. */
  public AgentDeskServices withAccountPorts(
      AgentAccountWork work, PaymentPort payments, AccountNotes notes, Arrangements arrangements) {
    return new AgentDeskServices(
        drafts,
        wrapUpExtension,
        Optional.of(work),
        Optional.of(payments),
        Optional.of(notes),
        Optional.of(arrangements));
  }
}
