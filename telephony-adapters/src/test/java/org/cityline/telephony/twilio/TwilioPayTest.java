package org.cityline.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.flows.IvrLine;
import org.cityline.telephony.testing.LogCapture;
import org.cityline.telephony.twilio.fake.FakeTwilio;
import org.cityline.telephony.twilio.fake.FakeTwilio.RestRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payments through Twilio's {@code <Pay>} with a configured connector, the real IVR over a demo
 * city behind the adapter: the TwiML {@code <Pay>} with its connector, amount and action URL, the
 * signed {@code /twilio/pay} result as Twilio posts it, the payment recorded once and heard as the
 * masked steps say it, recording paused meanwhile; bad results; no card number kept anywhere; and
 * the callback confirmation text through the Messages API.
 */
class TwilioPayTest {

  private static final String CALLER = "+15055550101";
  private static final String CONNECTOR = "cityline_stripe";
  private static final AccountNumber ACCOUNT = DemoCity.SHOWCASE_ENGLISH.account();

  private IvrLine line;
  private TwilioRig rig;
  private FakeTwilio twilio;

  @BeforeEach
  void start() {
    AtomicReference<TwilioRig> node = new AtomicReference<>();
    line =
        new IvrLine(
            IvrLine.Options.defaults()
                .withTexts(outbox -> message -> node.get().network.messaging().send(message)),
            call ->
                call.network().equals(TwilioNetwork.NETWORK)
                    && node.get().network.capturesPayments());
    rig =
        new TwilioRig(
            new CallDirector(line.ivr, line.routing),
            line.clock,
            line.scheduler,
            TwilioRig.settings().withPaymentConnector(CONNECTOR).withRecording(true),
            java.time.Duration.ofSeconds(2));
    node.set(rig);
    twilio = rig.twilio;
  }

  @AfterEach
  void stop() {
    rig.close();
    line.close();
  }

  @Test
  void aCardIsTakenByPayThroughTheConnectorRecordedOnceAndConfirmedInTheUsualWords() {
    String sid = toCardPayment();

    Map<String, String> pay = twilio.paying(sid).orElseThrow();
    assertThat(pay)
        .containsEntry("paymentConnector", CONNECTOR)
        .containsEntry("chargeAmount", "259.94")
        .containsEntry("currency", "usd")
        .containsEntry("paymentMethod", "credit-card")
        .containsEntry("language", "en-US")
        .containsEntry("input", "dtmf")
        .containsEntry("statusCallback", TwilioRig.PUBLIC_BASE + "/pay-status");
    assertThat(pay.get("action"))
        .matches("https://cityline\\.example\\.org/twilio/pay\\?step=\\d+");
    assertThat(statuses(sid)).as("recording paused for the card").containsExactly("paused");

    FakeTwilio.Answer answered = twilio.payResult(sid, success("xxxxxxxxxxxx1111"));
    rig.settle();

    assertThat(answered.status()).isEqualTo(200);
    Payment payment = latestPayment();
    assertThat(payment.amount()).isEqualTo(Money.ofCents(25_994));
    assertThat(payment.channel()).isEqualTo(PaymentChannel.IVR);
    assertThat(payment.lastFour()).contains("1111");
    assertThat(answered.body())
        .contains(
            "Thank you. Your payment of two hundred fifty-nine dollars and ninety-four cents is"
                + " approved. Your confirmation number is "
                + spoken(payment.confirmation()))
        .contains("<Gather");
    assertThat(statuses(sid)).containsExactly("paused", "in-progress");

    long before = payments();
    FakeTwilio.Answer replayed =
        twilio.post(pay.get("action"), payParams(sid, success("xxxxxxxxxxxx1111")));
    assertThat(replayed.body()).isEqualTo(answered.body());
    assertThat(payments()).as("a replayed result records nothing more").isEqualTo(before);
  }

  @Test
  void aDeclineAndAFailureAtTheConnectorChargeNothingAndSaySo() {
    String sid = toCardPayment();
    long before = payments();
    Map<String, String> declined = new LinkedHashMap<>();
    declined.put("Result", "too-many-failed-attempts");
    declined.put("PaymentCardNumber", "xxxxxxxxxxxx0002");
    declined.put("PaymentCardType", "visa");
    declined.put("PaymentError", "");
    declined.put("PaymentConfirmationCode", "");
    FakeTwilio.Answer answer = twilio.payResult(sid, declined);
    rig.settle();
    assertThat(answer.body())
        .contains("Sorry, your payment was declined. You have not been charged.");

    twilio.press(sid, "1"); // another card
    rig.settle();
    Map<String, String> failed = new LinkedHashMap<>();
    failed.put("Result", "payment-connector-error");
    failed.put("ConnectorError", "64012");
    answer = twilio.payResult(sid, failed);
    rig.settle();
    assertThat(answer.body())
        .contains("Sorry, we could not process your payment right now. You have not been charged.");
    assertThat(payments()).isEqualTo(before);
  }

  @Test
  void badPayResultsAreRefusedClearlyAndChangeNothing() {
    String sid = toCardPayment();
    String action = twilio.paying(sid).orElseThrow().get("action");
    long before = payments();

    Map<String, String> missing = payParams(sid, Map.of());
    assertThat(twilio.post(action, missing).status()).isEqualTo(400);
    Map<String, String> bogus = payParams(sid, Map.of("Result", "maybe"));
    assertThat(twilio.post(action, bogus).status()).isEqualTo(400);
    Map<String, String> noCode = payParams(sid, success("xxxxxxxxxxxx1111"));
    noCode.put("PaymentConfirmationCode", "");
    assertThat(twilio.post(action, noCode).status()).isEqualTo(400);
    String future = action.replaceAll("step=\\d+", "step=99999");
    assertThat(twilio.post(future, payParams(sid, success("xxxxxxxxxxxx1111"))).status())
        .isEqualTo(400);
    Map<String, String> good = payParams(sid, success("xxxxxxxxxxxx1111"));
    assertThat(twilio.send(action, good, "bm90LXRoZS1zaWduYXR1cmU=").status()).isEqualTo(403);
    assertThat(twilio.send(action, good, null).status()).isEqualTo(403);
    assertThat(payments()).isEqualTo(before);

    assertThat(twilio.payResult(sid, success("xxxxxxxxxxxx1111")).status())
        .as("the call still takes the real result")
        .isEqualTo(200);
    assertThat(payments()).isEqualTo(before + 1);
  }

  @Test
  void payProgressIsSignedOrRefusedAndNeverLogsWhatItCarries() throws Exception {
    String card = "4242424242424242";
    try (LogCapture logs = new LogCapture()) {
      String sid = toCardPayment();
      String progress = TwilioRig.PUBLIC_BASE + "/pay-status";
      long before = payments();

      Map<String, String> asking = payParams(sid, Map.of("Capture", "payment-card-number"));
      assertThat(twilio.send(progress, asking, null).status()).isEqualTo(403);
      assertThat(twilio.send(progress, asking, "bm90LXRoZS1zaWduYXR1cmU=").status()).isEqualTo(403);
      assertThat(twilio.post(progress, asking).status()).isEqualTo(200);
      Map<String, String> hostile = payParams(sid, Map.of("Capture", card + "\nforged line"));
      FakeTwilio.Answer answer = twilio.post(progress, hostile);
      rig.settle();

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).doesNotContain(card);
      assertThat(logs.text()).doesNotContain(card).doesNotContain("forged line");
      assertThat(payments()).as("progress never records a payment").isEqualTo(before);
      assertThat(twilio.paying(sid)).as("the call still waits for <Pay>'s result").isPresent();
    }
  }

  @Test
  void aCardNumberInAPayResultReachesNoLogNoHazelcastEntryAndNoRecord() throws Exception {
    String card = "4242424242424242";
    try (LogCapture logs = new LogCapture()) {
      String sid = toCardPayment();
      // A connector misconfigured to send the number unmasked: only the last four may be kept.
      Map<String, String> result = success(card);
      result.put("PaymentError", "card " + card);
      twilio.payResult(sid, result);
      rig.settle();

      assertThat(latestPayment().lastFour()).contains("4242");
      assertThat(logs.text()).doesNotContain(card).doesNotContain("42424242");
      IMap<String, TwilioCall> map = TwilioRig.hazelcast().getMap(rig.mapName);
      assertThat(serialized(map.get(sid))).doesNotContain(card);
      assertThat(twilio.requests().toString()).doesNotContain(card);
      assertThat(latestPayment().toString()).doesNotContain(card);
      assertThat(line.accounts.contacts().recentForAccount(ACCOUNT, 1).toString())
          .doesNotContain(card);
    }
  }

  @Test
  void aBookedCallbackIsConfirmedByTextThroughTheMessagesApi() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    for (String key : List.of("2", "0", "1", "1")) {
      twilio.press(sid, key);
      rig.settle();
    }

    assertThat(line.routing.callbacks()).hasSize(1);
    RestRequest text =
        twilio.requests().stream()
            .filter(r -> r.path().endsWith("/Messages.json"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(text.params())
        .containsEntry("To", CALLER)
        .containsEntry("From", TwilioRig.UTILITY)
        .containsEntry(
            "Body",
            "City Utilities will call you back at (505) 555-0101; your place in line is kept.");
  }

  @Test
  void aTextTheMessagesApiRefusesKeepsTheCallback() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    twilio.failNext("/Messages.json", 400);
    for (String key : List.of("2", "0", "1", "1")) {
      twilio.press(sid, key);
      rig.settle();
    }

    assertThat(line.routing.callbacks()).hasSize(1);
    assertThat(twilio.heard(sid).getLast())
        .contains("We will call you back at the number ending in zero one zero one");
  }

  // ---- helpers ----

  /** A caller keys English, pay, the full balance, by card: {@code <Pay>} runs. */
  private String toCardPayment() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    for (String key : List.of("2", "2", "1", "1")) {
      twilio.press(sid, key);
      rig.settle();
    }
    assertThat(twilio.paying(sid)).as("the caller is in <Pay>").isPresent();
    return sid;
  }

  /** What Twilio posts after a successful charge (masked card number as given). */
  private static Map<String, String> success(String cardNumber) {
    Map<String, String> result = new LinkedHashMap<>();
    result.put("Result", "success");
    result.put("PaymentConfirmationCode", "ch_a9dc6297cd1a4fb095e61b1a9cf2dd1d");
    result.put("PaymentCardNumber", cardNumber);
    result.put("PaymentCardType", "visa");
    result.put("ExpirationDate", "1228");
    result.put("PaymentCardPostalCode", "87101");
    result.put("SecurityCode", "xxx");
    result.put("PaymentToken", "");
    result.put("ProfileId", "");
    result.put("PaymentMethod", "credit-card");
    return result;
  }

  private Map<String, String> payParams(String sid, Map<String, String> result) {
    Map<String, String> params = twilio.callParams(sid, "in-progress");
    params.putAll(result);
    return params;
  }

  private List<String> statuses(String sid) {
    return twilio.requests().stream()
        .filter(r -> r.path().endsWith("/Calls/" + sid + "/Recordings/Twilio.CURRENT.json"))
        .map(r -> r.params().get("Status"))
        .toList();
  }

  private Payment latestPayment() {
    return line.accounts.customers().detail(ACCOUNT).orElseThrow().payments().getFirst();
  }

  private long payments() {
    return line.accounts.customers().detail(ACCOUNT).orElseThrow().payments().stream()
        .filter(p -> p.channel() == PaymentChannel.IVR)
        .count();
  }

  private static String spoken(String digits) {
    List<String> names =
        List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    return String.join(" ", digits.chars().mapToObj(c -> names.get(c - '0')).toList());
  }

  private static String serialized(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
