package org.cityline.telephony.twilio;

import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/**
 * How Cityline talks to Twilio (the {@code twilio.*} keys).
 *
 * @param accountSid the account's SID, {@code AC} and 32 hex digits
 * @param authToken the account's auth token: signs webhooks and authenticates REST calls; never
 *     shown by {@link #toString()}
 * @param publicBaseUrl the URL Twilio calls for the webhooks, as Twilio sees it (the reverse
 *     proxy's address, with the mount path: {@code https://cityline.example.org/twilio})
 * @param utilityNumber the utility's Twilio number: caller id of agent legs and callbacks, sender
 *     of text messages
 * @param englishVoice the {@code <Say>} voice for en-US (e.g. {@code Polly.Joanna})
 * @param spanishVoice the {@code <Say>} voice for es-US (e.g. {@code Polly.Lupe})
 * @param musicUrl what a waiting or held caller hears (an MP3 or WAV URL)
 * @param promptAudioUrl where recorded prompts live ({@code <url>/<lang>/<phrase-id>.mp3}); empty
 *     to speak every prompt with {@code <Say>}
 * @param paymentConnector the Pay connector's name in the Twilio console; empty for the masked IVR
 *     steps
 * @param agentRingTime how long an agent's device rings before the leg counts as not answered
 * @param recordCalls whether calls are recorded (the recording is paused during card entry)
 */
public record TwilioSettings(
    String accountSid,
    String authToken,
    URI publicBaseUrl,
    PhoneNumber utilityNumber,
    String englishVoice,
    String spanishVoice,
    URI musicUrl,
    Optional<URI> promptAudioUrl,
    Optional<String> paymentConnector,
    Duration agentRingTime,
    boolean recordCalls) {

  /** Twilio's own hold music, used when no music URL is configured. */
  public static final URI TWILIO_MUSIC =
      URI.create("http://com.twilio.sounds.music.s3.amazonaws.com/MARKOVICHAMP-Borghestral.mp3");

  public TwilioSettings {
    if (accountSid == null || !accountSid.matches("AC[0-9a-f]{32}")) {
      throw new IllegalArgumentException(
          "twilio.account-sid is AC followed by 32 hex digits (Twilio console, Account info)");
    }
    if (authToken == null || !authToken.matches("[0-9A-Za-z]{32}")) {
      throw new IllegalArgumentException(
          "twilio.auth-token (or TWILIO_AUTH_TOKEN) is the account's 32-character auth token");
    }
    if (publicBaseUrl == null
        || publicBaseUrl.getHost() == null
        || !("https".equals(publicBaseUrl.getScheme()) || "http".equals(publicBaseUrl.getScheme()))
        || publicBaseUrl.getQuery() != null
        || publicBaseUrl.getFragment() != null) {
      throw new IllegalArgumentException(
          "twilio.public-base-url is the https URL Twilio calls, without query: "
              + "https://cityline.example.org/twilio");
    }
    String path = publicBaseUrl.getPath() == null ? "" : publicBaseUrl.getPath();
    publicBaseUrl =
        URI.create(
            publicBaseUrl
                .toString()
                .substring(0, publicBaseUrl.toString().length() - (path.endsWith("/") ? 1 : 0)));
    if (utilityNumber == null) {
      throw new IllegalArgumentException("twilio.utility-number is the utility's Twilio number");
    }
    voice(englishVoice, "twilio.voice.en-US");
    voice(spanishVoice, "twilio.voice.es-US");
    if (musicUrl == null || !musicUrl.isAbsolute()) {
      throw new IllegalArgumentException("twilio.music-url is an absolute http(s) URL");
    }
    promptAudioUrl = promptAudioUrl == null ? Optional.empty() : promptAudioUrl;
    paymentConnector = paymentConnector == null ? Optional.empty() : paymentConnector;
    paymentConnector.ifPresent(
        name -> {
          if (!name.matches("[A-Za-z0-9_ -]{1,64}")) {
            throw new IllegalArgumentException(
                "twilio.payment-connector is the connector's unique name in the console");
          }
        });
    if (agentRingTime == null || agentRingTime.toSeconds() < 5 || agentRingTime.toSeconds() > 600) {
      throw new IllegalArgumentException("twilio.agent-ring-seconds is 5 to 600");
    }
  }

  /** Settings with Twilio's music, Polly voices, no recorded prompts, no connector. */
  public static TwilioSettings of(
      String accountSid, String authToken, URI publicBaseUrl, PhoneNumber utilityNumber) {
    return new TwilioSettings(
        accountSid,
        authToken,
        publicBaseUrl,
        utilityNumber,
        "Polly.Joanna",
        "Polly.Lupe",
        TWILIO_MUSIC,
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(20),
        false);
  }

  /** The same settings taking card and bank payments with this {@code <Pay>} connector. */
  public TwilioSettings withPaymentConnector(String connector) {
    return new TwilioSettings(
        accountSid,
        authToken,
        publicBaseUrl,
        utilityNumber,
        englishVoice,
        spanishVoice,
        musicUrl,
        promptAudioUrl,
        Optional.of(connector),
        agentRingTime,
        recordCalls);
  }

  /** The same settings with call recording on or off. */
  public TwilioSettings withRecording(boolean on) {
    return new TwilioSettings(
        accountSid,
        authToken,
        publicBaseUrl,
        utilityNumber,
        englishVoice,
        spanishVoice,
        musicUrl,
        promptAudioUrl,
        paymentConnector,
        agentRingTime,
        on);
  }

  /** The SDK's voice for a language. */
  Say.Voice voiceFor(Language language) {
    return voice(language == Language.SPANISH ? spanishVoice : englishVoice, "voice");
  }

  /** The public URL of one webhook path ({@code /gather}). */
  String url(String path) {
    return publicBaseUrl + path;
  }

  private static Say.Voice voice(String name, String key) {
    return Arrays.stream(Say.Voice.values())
        .filter(voice -> voice.toString().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    key + " is a Twilio <Say> voice such as Polly.Joanna; got '" + name + "'"));
  }

  /** Never the auth token. */
  @Override
  public String toString() {
    return "TwilioSettings[account="
        + accountSid
        + ", publicBaseUrl="
        + publicBaseUrl
        + ", number="
        + utilityNumber
        + ", voices="
        + englishVoice
        + "/"
        + spanishVoice
        + ", promptAudio="
        + promptAudioUrl.map(URI::toString).orElse("none")
        + ", payConnector="
        + paymentConnector.orElse("none")
        + ", record="
        + recordCalls
        + "]";
  }
}
