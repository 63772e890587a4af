package org.cityline.ivr.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.TrailStep;

/**
 * One caller's place in a flow: immutable, small (it is stored in Hazelcast between keys), and
 * never holding card or bank digits. {@link FlowEngine#next} returns a new one for every event.
 *
 * @param flow the flow's name
 * @param call the caller's call leg; the key the session is stored under
 * @param contact the contact created when the call arrived
 * @param caller the caller's number, if known
 * @param arrivedAt when the call reached Cityline
 * @param language the language prompts are said in
 * @param step the step the session is at: a menu or entry waiting for the caller, or an action or
 *     transfer waiting for its port's answer
 * @param repeatFrom where * starts again: the first step said since the caller last answered
 * @param retries how many times the current menu or entry was retried
 * @param account the account the caller is identified with (verified or merely claimed)
 * @param verified whether the caller proved who they are
 * @param failedAttempts failed identification attempts so far
 * @param served whether self-service served the caller (they heard their balance)
 * @param trail what the caller did, in English for the agent
 * @param values small named values actions and entries stored ({@code balance-cents})
 * @param reason why the caller is going to a person, once a key or a failure decided it
 * @param stage in the flow, waiting for a person, handed to routing, or ended by the IVR
 * @param outcome how the IVR ended the contact, when {@link Stage#ENDED}
 * @param lastEvent a fingerprint of the last caller event applied (no digits), to spot replays
 * @param queued whether routing holds the contact (it records the contact's end, not the IVR)
 * @param prompts how many prompts that wait for the caller were issued: the step token of the
 *     newest one, which the phone system echoes back with the caller's answer
 */
public record Session(
    String flow,
    CallId call,
    ContactId contact,
    Optional<PhoneNumber> caller,
    Instant arrivedAt,
    Language language,
    String step,
    String repeatFrom,
    int retries,
    Optional<AccountNumber> account,
    boolean verified,
    int failedAttempts,
    boolean served,
    List<TrailStep> trail,
    Map<String, String> values,
    Optional<String> reason,
    Stage stage,
    Optional<String> outcome,
    String lastEvent,
    boolean queued,
    int prompts) {

  /** The trail keeps at most this many steps (the newest). */
  public static final int MAX_TRAIL = 20;

  /** Where a session stands. */
  public enum Stage {
    /** The caller is in the flow. */
    IN_FLOW,
    /**
     * Routing holds the contact and the caller waits for a person; the IVR still answers the caller
     * (position announcements, a callback offer) until an agent is connected.
     */
    WAITING,
    /** Routing owns the contact now; the session is dropped. */
    TRANSFERRED,
    /** The IVR hung up; the contact is recorded with {@link #outcome()}. */
    ENDED
  }

  public Session {
    for (Object field :
        new Object[] {
          flow, call, contact, caller, arrivedAt, language, step, repeatFrom, account
        }) {
      Objects.requireNonNull(field, "a session field is missing");
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(lastEvent, "lastEvent");
    if (retries < 0 || failedAttempts < 0 || prompts < 0) {
      throw new IllegalArgumentException("retries and failed attempts are never negative");
    }
    trail = List.copyOf(trail);
    values = Map.copyOf(values);
  }

  /** A session for a call that just arrived, before the flow's first step. */
  public static Session start(
      String flow,
      CallId call,
      ContactId contact,
      Optional<PhoneNumber> caller,
      Language language,
      Instant arrivedAt,
      String firstStep) {
    return new Session(
        flow,
        call,
        contact,
        caller,
        arrivedAt,
        language,
        firstStep,
        firstStep,
        0,
        Optional.empty(),
        false,
        0,
        false,
        List.of(),
        Map.of(),
        Optional.empty(),
        Stage.IN_FLOW,
        Optional.empty(),
        "",
        false,
        0);
  }

  /** The step token of the newest prompt that waits for the caller. */
  public String stepToken() {
    return Integer.toString(prompts);
  }

  /**
   * A value by name: first the built-ins ({@code language} as a tag, {@code verified}, {@code
   * identified}, {@code failed-attempts}, {@code retries}), then what actions and entries stored.
   */
  public Optional<String> value(String name) {
    return switch (name) {
      case "language" -> Optional.of(language.tag());
      case "verified" -> Optional.of(Boolean.toString(verified));
      case "identified" -> Optional.of(Boolean.toString(account.isPresent()));
      case "failed-attempts" -> Optional.of(Integer.toString(failedAttempts));
      case "retries" -> Optional.of(Integer.toString(retries));
      default -> Optional.ofNullable(values.get(name));
    };
  }

  /** The session with where it waits now; the retry count resets when the step changes. */
  public Session atStep(String newStep, String newRepeatFrom) {
    return toBuilder()
        .step(newStep)
        .repeatFrom(newRepeatFrom)
        .retries(newStep.equals(step) ? retries : 0)
        .build();
  }

  /** Adds a step to the trail, dropping the oldest beyond {@link #MAX_TRAIL}. */
  public Session noting(TrailStep entry) {
    List<TrailStep> newTrail = new ArrayList<>(trail);
    newTrail.add(entry);
    if (newTrail.size() > MAX_TRAIL) {
      newTrail = newTrail.subList(newTrail.size() - MAX_TRAIL, newTrail.size());
    }
    return toBuilder().trail(newTrail).build();
  }

  /** Adds or replaces values. */
  public Session withValues(Map<String, String> more) {
    Map<String, String> newValues = new HashMap<>(values);
    newValues.putAll(more);
    return toBuilder().values(newValues).build();
  }

  /** A builder holding this session's fields, to change a few. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes a few fields of a session; {@link #build()} makes the new one. */
  public static final class Builder {
    private final Session from;
    private Language language;
    private String step;
    private String repeatFrom;
    private int retries;
    private Optional<AccountNumber> account;
    private boolean verified;
    private int failedAttempts;
    private boolean served;
    private List<TrailStep> trail;
    private Map<String, String> values;
    private Optional<String> reason;
    private Stage stage;
    private Optional<String> outcome;
    private String lastEvent;
    private boolean queued;
    private int prompts;

    private Builder(Session from) {
      this.from = from;
      language = from.language;
      step = from.step;
      repeatFrom = from.repeatFrom;
      retries = from.retries;
      account = from.account;
      verified = from.verified;
      failedAttempts = from.failedAttempts;
      served = from.served;
      trail = from.trail;
      values = from.values;
      reason = from.reason;
      stage = from.stage;
      outcome = from.outcome;
      lastEvent = from.lastEvent;
      queued = from.queued;
      prompts = from.prompts;
    }

    public Builder language(Language value) {
      language = value;
      return this;
    }

    public Builder step(String value) {
      step = value;
      return this;
    }

    public Builder repeatFrom(String value) {
      repeatFrom = value;
      return this;
    }

    public Builder retries(int value) {
      retries = value;
      return this;
    }

    /** The caller is identified with an account, verified or merely claimed. */
    public Builder identified(AccountNumber value, boolean isVerified) {
      account = Optional.of(value);
      verified = isVerified;
      return this;
    }

    public Builder failedAttempts(int value) {
      failedAttempts = value;
      return this;
    }

    public Builder served() {
      served = true;
      return this;
    }

    public Builder trail(List<TrailStep> value) {
      trail = value;
      return this;
    }

    public Builder values(Map<String, String> value) {
      values = value;
      return this;
    }

    public Builder reason(String value) {
      reason = Optional.of(value);
      return this;
    }

    /** Routing owns the contact now. */
    public Builder transferred() {
      stage = Stage.TRANSFERRED;
      queued = true;
      return this;
    }

    /** Routing holds the contact; the caller waits, still answered by the IVR. */
    public Builder waiting() {
      stage = Stage.WAITING;
      queued = true;
      return this;
    }

    public Builder prompts(int value) {
      prompts = value;
      return this;
    }

    /** One more prompt that waits for the caller was issued. */
    public Builder prompted() {
      prompts++;
      return this;
    }

    /** The IVR ended the contact with this outcome. */
    public Builder ended(String value) {
      stage = Stage.ENDED;
      outcome = Optional.of(value);
      return this;
    }

    public Builder lastEvent(String value) {
      lastEvent = value;
      return this;
    }

    public Session build() {
      return new Session(
          from.flow,
          from.call,
          from.contact,
          from.caller,
          from.arrivedAt,
          language,
          step,
          repeatFrom,
          retries,
          account,
          verified,
          failedAttempts,
          served,
          trail,
          values,
          reason,
          stage,
          outcome,
          lastEvent,
          queued,
          prompts);
    }
  }

  /** Never shows values or the trail in full: keeps logs short. */
  @Override
  public String toString() {
    return "Session[call="
        + call
        + ", contact="
        + contact
        + ", flow="
        + flow
        + ", step="
        + step
        + ", language="
        + language.tag()
        + ", stage="
        + stage
        + ", queued="
        + queued
        + ", account="
        + account
        + ", verified="
        + verified
        + ", failedAttempts="
        + failedAttempts
        + "]";
  }
}
