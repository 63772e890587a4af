package org.cityline.ivr.flows;

import java.time.Duration;
import org.cityline.ivr.flow.Flow;
import org.cityline.routing.QueueId;

/**
 * The utility's call flow, declared as data in one place, a part of the call per class: the welcome
 * and identification ({@link IdentifySteps}), the main menu and balance ({@link BalanceSteps}),
 * payments ({@link PaymentSteps}), arrangements and extensions ({@link ArrangementSteps}), password
 * resets and programs ({@link AccountSteps}), outages and gas smells ({@link OutageSteps}), service
 * requests and everything else ({@link ServiceSteps}), and waiting for a person with a callback
 * offer and after-hours handling ({@link WaitingSteps}).
 */
public final class MainFlow {

  /** The flow's name, stored in every session. */
  public static final String NAME = "utility-main";

  /** Where each kind of caller waits for a person (routing's queue ids). */
  public record Queues(
      QueueId billing,
      QueueId payments,
      QueueId credit,
      QueueId startStop,
      QueueId outages,
      QueueId specialists,
      QueueId supervisors,
      QueueId spanish,
      QueueId emergency) {

    public Queues {
      for (QueueId queue :
          new QueueId[] {
            billing,
            payments,
            credit,
            startStop,
            outages,
            specialists,
            supervisors,
            spanish,
            emergency
          }) {
        if (queue == null) {
          throw new IllegalArgumentException("the main flow needs every queue");
        }
      }
    }

    /** The queue ids routing configures. */
    public static Queues defaults() {
      return new Queues(
          new QueueId("billing"),
          new QueueId("payments"),
          new QueueId("credit"),
          new QueueId("start-stop"),
          new QueueId("outages"),
          new QueueId("specialists"),
          new QueueId("supervisors"),
          new QueueId("spanish"),
          new QueueId("emergency"));
    }

    /** Every queue to one (a routing core that has only one). */
    public static Queues all(QueueId queue) {
      return new Queues(queue, queue, queue, queue, queue, queue, queue, queue, queue);
    }
  }

  /**
   * What a city may tune in the main flow.
   *
   * @param queues where each kind of caller waits for a person
   * @param languageOfferTimeout how long the welcome waits for a key before going on
   * @param menuTimeout how long a menu waits for a key
   * @param entryTimeout how long an entry waits for the first key (and between keys)
   * @param maxRetries retries after silence or a wrong key before a person (2)
   * @param maxIdentificationAttempts failed identifications in a call before a person, unverified
   * @param holdCheckBack how often a waiting caller hears their position again
   * @param maxPaymentDeclines declined payments in a call before a person
   * @param fewestInstalments the fewest instalments an arrangement offers (the policy's)
   * @param mostInstalments the most instalments an arrangement offers (the policy's)
   */
  public record Settings(
      Queues queues,
      Duration languageOfferTimeout,
      Duration menuTimeout,
      Duration entryTimeout,
      int maxRetries,
      int maxIdentificationAttempts,
      Duration holdCheckBack,
      int maxPaymentDeclines,
      int fewestInstalments,
      int mostInstalments) {

    public Settings {
      if (queues == null) {
        throw new IllegalArgumentException("the main flow needs its queues");
      }
      if (maxIdentificationAttempts < 1 || maxIdentificationAttempts > 10) {
        throw new IllegalArgumentException(
            "maxIdentificationAttempts is 1 to 10, was " + maxIdentificationAttempts);
      }
      if (maxPaymentDeclines < 1 || maxPaymentDeclines > 10) {
        throw new IllegalArgumentException("maxPaymentDeclines is 1 to 10");
      }
      if (fewestInstalments < 2 || mostInstalments > 9 || mostInstalments < fewestInstalments) {
        throw new IllegalArgumentException("instalments are offered as one key, 2 to 9");
      }
      if (holdCheckBack == null || holdCheckBack.compareTo(Duration.ofSeconds(15)) < 0) {
        throw new IllegalArgumentException(
            "a waiting caller hears their position at most every 15 s");
      }
    }

    /**
     * Routing's queue ids; 3 s language offer, 5 s menus, 7 s entries; 2 retries; 3 attempts;
     * position every 60 s; 3 declines; 2 to 6 instalments.
     */
    public static Settings defaults() {
      return new Settings(
          Queues.defaults(),
          Duration.ofSeconds(3),
          Duration.ofSeconds(5),
          Duration.ofSeconds(7),
          2,
          3,
          Duration.ofSeconds(60),
          3,
          2,
          6);
    }

    /** The same settings with other queues. */
    public Settings withQueues(Queues other) {
      return new Settings(
          other,
          languageOfferTimeout,
          menuTimeout,
          entryTimeout,
          maxRetries,
          maxIdentificationAttempts,
          holdCheckBack,
          maxPaymentDeclines,
          fewestInstalments,
          mostInstalments);
    }

    /** The same settings with every queue one (a routing core with only a billing queue). */
    public Settings withBillingQueue(QueueId queue) {
      return withQueues(Queues.all(queue));
    }

    /** The same settings with another check-back time for waiting callers. */
    public Settings withHoldCheckBack(Duration checkBack) {
      return new Settings(
          queues,
          languageOfferTimeout,
          menuTimeout,
          entryTimeout,
          maxRetries,
          maxIdentificationAttempts,
          checkBack,
          maxPaymentDeclines,
          fewestInstalments,
          mostInstalments);
    }
  }

  private MainFlow() {}

  /** The flow with default settings. */
  public static Flow build() {
    return build(Settings.defaults());
  }

  /** The flow. */
  public static Flow build(Settings settings) {
    Steps steps = new Steps(settings);
    IdentifySteps.add(steps);
    BalanceSteps.add(steps);
    PaymentSteps.add(steps);
    ArrangementSteps.add(steps);
    AccountSteps.add(steps);
    OutageSteps.add(steps);
    ServiceSteps.add(steps);
    WaitingSteps.add(steps);
    return Flow.of(
        NAME,
        IdentifySteps.START,
        IdentifySteps.HOME,
        WaitingSteps.PERSON,
        settings.maxRetries(),
        steps.steps());
  }
}
