package org.cityline.telephony.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.call.Prompt.Part;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.cityline.routing.TrailStep;

/**
 * A tiny IVR with a fixed flow, standing in for the real one in telephony tests:
 *
 * <pre>
 * arrival  -> answer, menu (1 Spanish, 2 balance, 9 pay by card, 0 a representative)
 * 2        -> account number then # -> balance, menu
 * 9        -> card number then # (masked) -> payment approved, menu
 * 0        -> enqueue in billing, wait for an agent
 * silence  -> "did not hear", menu again; the third silence says goodbye and hangs up
 * call end -> the session is dropped
 * </pre>
 *
 * It keeps every event it was given, in order, for tests to read.
 */
public final class ScriptedIvr implements CallEventHandler {

  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** How long a waiting caller hears music before the phone system checks back. */
  public static final Duration CHECK_BACK = Duration.ofSeconds(30);

  public static final QueueId QUEUE = new QueueId("billing");

  public static final Prompt GREETING =
      Prompt.of(Language.ENGLISH, new Part.Phrase("greeting", "Welcome to Cityline Utilities."));
  public static final Prompt MENU =
      Prompt.of(
          Language.ENGLISH,
          new Part.Phrase(
              "main-menu",
              "For your balance press 2. To pay by card press 9. To speak to a representative"
                  + " press 0. Para español, oprima 1."));
  public static final Prompt MENU_SPANISH =
      Prompt.of(
          Language.SPANISH,
          new Part.Phrase(
              "main-menu",
              "Para su saldo oprima 2. Para pagar con tarjeta oprima 9. Para hablar con un"
                  + " representante oprima 0."));
  public static final Prompt ACCOUNT =
      Prompt.of(
          Language.ENGLISH,
          new Part.Phrase("enter-account", "Please enter your account number, then press pound."));
  public static final Prompt CARD =
      Prompt.of(
          Language.ENGLISH,
          new Part.Phrase("enter-card", "Please enter your card number, then press pound."));
  public static final Prompt PAID =
      Prompt.of(
          Language.ENGLISH,
          new Part.Phrase("payment-approved", "Thank you. Your payment is approved."));
  public static final Prompt NOT_A_CHOICE =
      Prompt.of(Language.ENGLISH, new Part.Phrase("not-a-choice", "Sorry, that is not a choice."));
  public static final Prompt NO_INPUT =
      Prompt.of(Language.ENGLISH, new Part.Phrase("no-input", "Sorry, I did not hear a choice."));
  public static final Prompt HOLD =
      Prompt.of(
          Language.ENGLISH,
          new Part.Phrase("please-hold", "Please hold for the next available representative."));
  public static final Prompt GOODBYE =
      Prompt.of(Language.ENGLISH, new Part.Phrase("goodbye", "Thank you for calling. Goodbye."));

  private enum Step {
    MENU,
    ACCOUNT,
    CARD,
    WAITING
  }

  private static final class Session {
    final CallId call;
    final Optional<PhoneNumber> caller;
    final java.time.Instant arrivedAt;
    Language language;
    Step step = Step.MENU;
    int silences;

    Session(CallEvent.CallArrived arrived) {
      this.call = arrived.callId();
      this.caller = arrived.caller();
      this.language = arrived.language();
      this.arrivedAt = arrived.at();
    }
  }

  private final RoutingService routing;
  private final Clock clock;
  private final Map<CallId, Session> sessions = new ConcurrentHashMap<>();
  private final List<CallEvent> events = new CopyOnWriteArrayList<>();

  public ScriptedIvr(RoutingService routing, Clock clock) {
    this.routing = routing;
    this.clock = clock;
  }

  /** The balance read for an account keyed in. */
  public static Prompt balance(String accountDigits) {
    String lastFour = accountDigits.substring(Math.max(0, accountDigits.length() - 4));
    return Prompt.of(
        Language.ENGLISH,
        new Part.Phrase("account-ending", "The account ending in"),
        new Part.Digits(lastFour, String.join(" ", lastFour.split(""))),
        new Part.Phrase("has-balance", "has a balance of"),
        new Part.Amount(4217, "42 dollars and 17 cents."));
  }

  @Override
  public List<CallCommand> handle(CallEvent event) {
    events.add(event);
    return switch (event) {
      case CallEvent.CallArrived arrived -> {
        sessions.put(arrived.callId(), new Session(arrived));
        yield List.of(
            new CallCommand.Answer(), new CallCommand.Play(GREETING), menu(Language.ENGLISH));
      }
      case CallEvent.DigitsEntered digits ->
          session(event).map(s -> keyed(s, digits)).orElse(List.of());
      case CallEvent.NoInput silence -> session(event).map(this::silence).orElse(List.of());
      case CallEvent.CallEnded ended -> {
        sessions.remove(ended.callId());
        yield List.of();
      }
      case CallEvent.AgentConnected connected -> List.of();
      case CallEvent.AgentLegFailed failed -> List.of();
      case CallEvent.CallAnswered answered -> List.of();
      case CallEvent.PaymentCaptured paid -> List.of();
    };
  }

  /** Every event handed to this IVR, in order. */
  public List<CallEvent> events() {
    return List.copyOf(events);
  }

  /** The events for one call, in order. */
  public List<CallEvent> events(CallId call) {
    return events.stream().filter(e -> e.callId().equals(call)).toList();
  }

  /** Whether the IVR still holds a session for the call. */
  public boolean hasSession(CallId call) {
    return sessions.containsKey(call);
  }

  private Optional<Session> session(CallEvent event) {
    return Optional.ofNullable(sessions.get(event.callId()));
  }

  private List<CallCommand> keyed(Session session, CallEvent.DigitsEntered entered) {
    session.silences = 0;
    String keys = entered.digits();
    return switch (session.step) {
      case MENU -> choose(session, keys);
      case ACCOUNT -> {
        session.step = Step.MENU;
        yield List.of(new CallCommand.Play(balance(keys)), menu(session.language));
      }
      case CARD -> {
        session.step = Step.MENU;
        yield List.of(new CallCommand.Play(PAID), menu(session.language));
      }
      case WAITING -> List.of();
    };
  }

  private List<CallCommand> choose(Session session, String key) {
    return switch (key) {
      case "1" -> {
        session.language = Language.SPANISH;
        yield List.of(menu(Language.SPANISH));
      }
      case "2" -> {
        session.step = Step.ACCOUNT;
        yield List.of(new CallCommand.Collect(ACCOUNT, 10, TIMEOUT, '#', false));
      }
      case "9" -> {
        session.step = Step.CARD;
        yield List.of(new CallCommand.Collect(CARD, 19, TIMEOUT, '#', true));
      }
      case "0" -> enqueue(session);
      default -> List.of(new CallCommand.Play(NOT_A_CHOICE), menu(session.language));
    };
  }

  private List<CallCommand> enqueue(Session session) {
    RoutingResult result =
        routing.enqueue(
            new ContactRequest(
                ContactId.random(),
                session.call,
                session.caller,
                session.language,
                Optional.empty(),
                session.caller.isPresent(),
                List.of(
                    new TrailStep("agent-request", "Pressed 0 at the main menu", clock.instant())),
                "pressed 0 at the main menu",
                QUEUE,
                0,
                session.arrivedAt));
    if (!result.done()) {
      return List.of(new CallCommand.Play(GOODBYE), new CallCommand.Hangup());
    }
    session.step = Step.WAITING;
    return List.of(new CallCommand.WaitForAgent(HOLD, Optional.of(CHECK_BACK)));
  }

  private List<CallCommand> silence(Session session) {
    if (session.step == Step.WAITING) {
      return List.of(new CallCommand.WaitForAgent(HOLD, Optional.of(CHECK_BACK)));
    }
    session.silences++;
    if (session.silences >= 3) {
      return List.of(new CallCommand.Play(GOODBYE), new CallCommand.Hangup());
    }
    session.step = Step.MENU;
    return List.of(new CallCommand.Play(NO_INPUT), menu(session.language));
  }

  private static CallCommand menu(Language language) {
    return CallCommand.Collect.menu(language == Language.SPANISH ? MENU_SPANISH : MENU, TIMEOUT);
  }
}
