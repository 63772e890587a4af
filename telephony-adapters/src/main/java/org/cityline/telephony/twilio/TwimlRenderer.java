package org.cityline.telephony.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiML;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Conference;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pay;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Say;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.Prompt;
import org.cityline.common.call.Prompt.Part;

/**
 * Turns the core's {@link CallCommand}s into TwiML with the SDK's builders: prompts as {@code
 * <Say>} in the configured voice of their language (or {@code <Play>} of recorded phrases), a
 * collect as {@code <Gather input="dtmf">}, a wait as a one-key {@code <Gather>} around endless
 * music, the agent's conference as {@code <Dial><Conference>}.
 */
final class TwimlRenderer {

  /** What a list of commands became. */
  record Rendered(
      String twiml,
      TwilioCall.Phase phase,
      String expecting,
      boolean masked,
      boolean hangup,
      Optional<Duration> checkBack,
      boolean newWait,
      Language language) {}

  static {
    pinXmlFactories();
  }

  private final TwilioSettings settings;

  TwimlRenderer(TwilioSettings settings) {
    this.settings = settings;
  }

  /**
   * Renders the core's answer for a call whose next webhook carries {@code step}.
   *
   * @param waitingNow the call was waiting (an answer without a next step keeps it waiting)
   */
  Rendered render(List<CallCommand> commands, int step, Language language, boolean waitingNow) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    Language spoken = language;
    for (CallCommand command : commands) {
      switch (command) {
        case CallCommand.Answer answer -> {}
        case CallCommand.Play play -> {
          prompt(play.prompt(), response::say, response::play);
          spoken = play.prompt().language();
        }
        case CallCommand.Collect collect -> {
          response.gather(gather(collect, step));
          return new Rendered(
              xml(response.build()),
              TwilioCall.Phase.IVR,
              collect.step().orElse(null),
              collect.masked(),
              false,
              Optional.empty(),
              false,
              collect.prompt().language());
        }
        case CallCommand.WaitForAgent wait -> {
          response.gather(waitGather(Optional.of(wait.announcement()), step));
          return waiting(
              response,
              wait.step().orElse(null),
              wait.checkBackAfter(),
              true,
              wait.announcement().language());
        }
        case CallCommand.CapturePayment capture -> {
          response.pay(pay(capture, step));
          // Card digits are keyed during <Pay>: marked masked so the recording pauses.
          return new Rendered(
              xml(response.build()),
              TwilioCall.Phase.IVR,
              capture.step().orElse(null),
              true,
              false,
              Optional.empty(),
              false,
              capture.language());
        }
        case CallCommand.Hangup hangup -> {
          return hangingUp(response, spoken);
        }
      }
    }
    if (waitingNow) {
      // Nothing new for a waiting caller (a key the core ignored): the music goes on.
      response.gather(waitGather(Optional.empty(), step));
      return waiting(response, null, Optional.empty(), false, spoken);
    }
    // Nothing more to do: the call ends when its TwiML runs out, so say so.
    return hangingUp(response, spoken);
  }

  private static Rendered waiting(
      VoiceResponse.Builder response,
      String token,
      Optional<Duration> checkBack,
      boolean newWait,
      Language language) {
    return new Rendered(
        xml(response.build()),
        TwilioCall.Phase.WAITING,
        token,
        false,
        false,
        checkBack,
        newWait,
        language);
  }

  private static Rendered hangingUp(VoiceResponse.Builder response, Language language) {
    response.hangup(new Hangup.Builder().build());
    return new Rendered(
        xml(response.build()),
        TwilioCall.Phase.IVR,
        null,
        false,
        true,
        Optional.empty(),
        false,
        language);
  }

  /** Music while waiting, keys still heard (an agent's leg dropped, a callback answered). */
  String waitMusic(int step) {
    return xml(new VoiceResponse.Builder().gather(waitGather(Optional.empty(), step)).build());
  }

  /** The caller joins its conference with the agent. */
  String conference(TwilioCall call) {
    Conference conference =
        new Conference.Builder(call.conferenceName())
            .startConferenceOnEnter(true)
            .endConferenceOnExit(true)
            .beep(Conference.Beep.FALSE)
            .waitUrl(settings.url("/hold-music"))
            .waitMethod(HttpMethod.POST)
            .statusCallback(settings.url("/conference-status"))
            .statusCallbackMethod(HttpMethod.POST)
            .statusCallbackEvents(
                List.of(
                    Conference.Event.START,
                    Conference.Event.END,
                    Conference.Event.JOIN,
                    Conference.Event.LEAVE,
                    Conference.Event.HOLD))
            .build();
    return xml(
        new VoiceResponse.Builder()
            .dial(new Dial.Builder().conference(conference).build())
            .build());
  }

  /** What a held caller hears (the conference's hold URL). */
  String holdMusic() {
    return xml(
        new VoiceResponse.Builder()
            .play(new Play.Builder(settings.musicUrl().toString()).loop(0).build())
            .build());
  }

  /** An apology and a hang-up, for a call Cityline can no longer carry on. */
  String apology(Language language) {
    String words =
        language == Language.SPANISH
            ? "Lo sentimos, no podemos continuar esta llamada. Por favor, llame de nuevo."
            : "Sorry, we cannot continue this call. Please call again.";
    return xml(
        new VoiceResponse.Builder()
            .say(say(words, language))
            .hangup(new Hangup.Builder().build())
            .build());
  }

  /** An empty answer (status callbacks). */
  static String empty() {
    return xml(new VoiceResponse.Builder().build());
  }

  /**
   * {@code <Pay>} through the configured connector: it speaks its own prompts in the caller's
   * language, charges, and posts the result to {@code /pay?step=N}.
   */
  private Pay pay(CallCommand.CapturePayment capture, int step) {
    String connector =
        settings
            .paymentConnector()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "asked to capture a payment, but twilio.payment-connector is not set"));
    return new Pay.Builder()
        .input(Pay.Input.DTMF)
        .paymentConnector(connector)
        .chargeAmount(java.math.BigDecimal.valueOf(capture.amountCents(), 2).toPlainString())
        .currency("usd")
        .paymentMethod(
            capture.method() == CallCommand.CapturePayment.PaymentMethod.BANK
                ? Pay.PaymentMethod.ACH_DEBIT
                : Pay.PaymentMethod.CREDIT_CARD)
        .language(capture.language() == Language.SPANISH ? Pay.Language.ES_US : Pay.Language.EN_US)
        .description(capture.description())
        .action(settings.url("/pay?step=" + step))
        .statusCallback(settings.url("/pay-status"))
        .statusCallbackMethod(Pay.StatusCallbackMethod.POST)
        .build();
  }

  private Gather gather(CallCommand.Collect collect, int step) {
    Gather.Builder gather =
        new Gather.Builder()
            .inputs(List.of(Gather.Input.DTMF))
            .action(settings.url("/gather?step=" + step))
            .method(HttpMethod.POST)
            .numDigits(collect.maxDigits())
            .timeout(seconds(collect.timeout()))
            .finishOnKey(collect.finishOnKey() == '\0' ? "" : String.valueOf(collect.finishOnKey()))
            .actionOnEmptyResult(true);
    prompt(collect.prompt(), gather::say, gather::play);
    return gather.build();
  }

  private Gather waitGather(Optional<Prompt> announcement, int step) {
    Gather.Builder gather =
        new Gather.Builder()
            .inputs(List.of(Gather.Input.DTMF))
            .action(settings.url("/gather?step=" + step))
            .method(HttpMethod.POST)
            .numDigits(1)
            .finishOnKey("");
    announcement.ifPresent(prompt -> prompt(prompt, gather::say, gather::play));
    gather.play(new Play.Builder(settings.musicUrl().toString()).loop(0).build());
    return gather.build();
  }

  /** One {@code <Say>} per run of parts in one language; recorded phrases as {@code <Play>}. */
  private void prompt(Prompt prompt, Consumer<Say> says, Consumer<Play> plays) {
    List<String> words = new ArrayList<>();
    Language current = null;
    for (Part part : prompt.parts()) {
      Language language = prompt.languageOf(part);
      Optional<String> recording = recording(part, language);
      if (recording.isPresent() || (current != null && language != current)) {
        flush(words, current, says);
      }
      if (recording.isPresent()) {
        plays.accept(new Play.Builder(recording.get()).build());
        current = null;
      } else {
        words.add(part.text());
        current = language;
      }
    }
    flush(words, current, says);
  }

  private Optional<String> recording(Part part, Language language) {
    String id =
        switch (part) {
          case Part.Phrase phrase -> phrase.id();
          case Part.ForeignPhrase foreign -> foreign.id();
          default -> null;
        };
    if (id == null || settings.promptAudioUrl().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        settings.promptAudioUrl().get()
            + "/"
            + language.tag().toLowerCase(Locale.ROOT)
            + "/"
            + id
            + ".mp3");
  }

  private void flush(List<String> words, Language language, Consumer<Say> says) {
    if (!words.isEmpty()) {
      says.accept(say(String.join(" ", words), language));
      words.clear();
    }
  }

  private Say say(String words, Language language) {
    return new Say.Builder(words)
        .voice(settings.voiceFor(language))
        .language(language == Language.SPANISH ? Say.Language.ES_US : Say.Language.EN_US)
        .build();
  }

  private static int seconds(Duration timeout) {
    return (int) Math.max(1, Math.min(600, (timeout.toMillis() + 999) / 1000));
  }

  static String xml(TwiML twiml) {
    return twiml.toXml();
  }

  /**
   * The SDK's {@code toXml} asks {@code DocumentBuilderFactory} and {@code TransformerFactory} for
   * a new instance on every response; without a system property naming the implementation, each ask
   * searches every jar's {@code META-INF/services} (a third of a webhook's CPU in the benchmark).
   * Naming the implementations found once, as the properties JAXP reads first, keeps the same
   * implementations and skips the search. Properties already set are left alone.
   */
  private static void pinXmlFactories() {
    pin(
        "javax.xml.parsers.DocumentBuilderFactory",
        () -> javax.xml.parsers.DocumentBuilderFactory.newInstance().getClass().getName());
    pin(
        "javax.xml.transform.TransformerFactory",
        () -> javax.xml.transform.TransformerFactory.newInstance().getClass().getName());
  }

  private static void pin(String property, java.util.function.Supplier<String> found) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, found.get());
    }
  }
}
