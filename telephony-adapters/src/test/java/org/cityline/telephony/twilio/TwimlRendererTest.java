package org.cityline.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.Prompt;
import org.cityline.common.call.Prompt.Part;
import org.junit.jupiter.api.Test;

/** The TwiML each command becomes, built with the SDK's builders. */
class TwimlRendererTest {

  private static final Prompt WELCOME =
      Prompt.of(
          Language.ENGLISH,
          new Part.Phrase("welcome", "Welcome."),
          new Part.ForeignPhrase(Language.SPANISH, "para-espanol", "Para español, oprima 1."),
          new Part.Amount(4217, "42 dollars and 17 cents."));

  private final TwimlRenderer says = new TwimlRenderer(TwilioRig.settings());

  @Test
  void eachLanguageRunIsOneSayInItsVoice() {
    TwimlRenderer.Rendered rendered =
        says.render(
            List.of(new CallCommand.Play(WELCOME), new CallCommand.Hangup()),
            1,
            Language.ENGLISH,
            false);

    assertThat(rendered.twiml())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Say language=\"en-US\" voice=\"Polly.Joanna\">Welcome.</Say>"
                + "<Say language=\"es-US\" voice=\"Polly.Lupe\">Para español, oprima 1.</Say>"
                + "<Say language=\"en-US\" voice=\"Polly.Joanna\">42 dollars and 17 cents.</Say>"
                + "<Hangup/></Response>");
    assertThat(rendered.hangup()).isTrue();
  }

  @Test
  void recordedPhrasesArePlayedAndTheRestSpoken() {
    TwilioSettings settings = TwilioRig.settings();
    TwimlRenderer plays =
        new TwimlRenderer(
            new TwilioSettings(
                settings.accountSid(),
                settings.authToken(),
                settings.publicBaseUrl(),
                PhoneNumber.of(TwilioRig.UTILITY),
                "Polly.Joanna",
                "Polly.Lupe",
                settings.musicUrl(),
                Optional.of(URI.create("https://cdn.example.org/prompts")),
                Optional.empty(),
                Duration.ofSeconds(20),
                false));

    String twiml =
        plays
            .render(
                List.of(CallCommand.Collect.menu(WELCOME, Duration.ofSeconds(5))),
                4,
                Language.ENGLISH,
                false)
            .twiml();

    assertThat(twiml)
        .contains("<Play>https://cdn.example.org/prompts/en-us/welcome.mp3</Play>")
        .contains("<Play>https://cdn.example.org/prompts/es-us/para-espanol.mp3</Play>")
        .contains("<Say language=\"en-US\" voice=\"Polly.Joanna\">42 dollars and 17 cents.</Say>")
        .contains("action=\"https://cityline.example.org/twilio/gather?step=4\"");
  }

  @Test
  void aCollectIsADtmfGatherWithItsLimitsAndAWaitIsMusicThatHearsOneKey() {
    CallCommand.Collect card =
        new CallCommand.Collect(WELCOME, 19, Duration.ofMillis(7_200), '#', true).withStep("s12");
    TwimlRenderer.Rendered collect = says.render(List.of(card), 2, Language.ENGLISH, false);
    TwimlRenderer.Rendered wait =
        says.render(
            List.of(new CallCommand.WaitForAgent(WELCOME, Optional.of(Duration.ofSeconds(60)))),
            3,
            Language.ENGLISH,
            false);

    assertThat(collect.twiml())
        .contains("input=\"dtmf\"")
        .contains("numDigits=\"19\"")
        .contains("finishOnKey=\"#\"")
        .contains("timeout=\"8\"")
        .contains("actionOnEmptyResult=\"true\"");
    assertThat(collect.masked()).isTrue();
    assertThat(collect.expecting()).isEqualTo("s12");
    assertThat(wait.twiml())
        .contains("numDigits=\"1\"")
        .contains("<Play loop=\"0\">" + TwilioSettings.TWILIO_MUSIC + "</Play>");
    assertThat(wait.phase()).isEqualTo(TwilioCall.Phase.WAITING);
    assertThat(wait.checkBack()).contains(Duration.ofSeconds(60));
  }

  @Test
  void aCaptureIsPayThroughTheConnectorWithTheRecordingPaused() {
    TwimlRenderer pays =
        new TwimlRenderer(TwilioRig.settings().withPaymentConnector("city_stripe"));

    TwimlRenderer.Rendered rendered =
        pays.render(
            List.of(
                new CallCommand.CapturePayment(
                    5_000,
                    CallCommand.CapturePayment.PaymentMethod.BANK,
                    Language.SPANISH,
                    "City utility payment, account 1000000002",
                    Optional.of("s12"))),
            7,
            Language.SPANISH,
            false);

    assertThat(rendered.twiml())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Pay action=\"https://cityline.example.org/twilio/pay?step=7\""
                + " chargeAmount=\"50.00\" currency=\"usd\""
                + " description=\"City utility payment, account 1000000002\" input=\"dtmf\""
                + " language=\"es-US\" paymentConnector=\"city_stripe\""
                + " paymentMethod=\"ach-debit\""
                + " statusCallback=\"https://cityline.example.org/twilio/pay-status\""
                + " statusCallbackMethod=\"POST\"/></Response>");
    assertThat(rendered.masked()).as("the recording pauses").isTrue();
    assertThat(rendered.expecting()).isEqualTo("s12");
  }
}
