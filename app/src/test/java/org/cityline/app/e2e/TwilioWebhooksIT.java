package org.cityline.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The packaged Cityline with {@code telephony.adapter=twilio}: Twilio's webhooks are served on the
 * public web port under {@code /twilio} (Jetty passes them to Vert.x), checked against the
 * configured public URL, and answered with TwiML from the real IVR.
 */
class TwilioWebhooksIT {

  private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";
  private static final String PUBLIC = "https://cityline.example.org/twilio";

  @Test
  void aSignedIncomingCallGetsTheIvrAsTwimlAndAnUnsignedOneIsRefused() throws Exception {
    try (RunningCityline app =
        RunningCityline.start(
            "twilio",
            Map.of(
                "CITYLINE_TELEPHONY_ADAPTER", "twilio",
                "CITYLINE_TWILIO_ACCOUNT_SID", ACCOUNT,
                "TWILIO_AUTH_TOKEN", TOKEN,
                "CITYLINE_TWILIO_PUBLIC_BASE_URL", PUBLIC))) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("AccountSid", ACCOUNT);
      params.put("ApiVersion", "2010-04-01");
      params.put("CallSid", "CA" + "0".repeat(31) + "1");
      params.put("CallStatus", "ringing");
      params.put("Direction", "inbound");
      params.put("From", "+15055550123");
      params.put("To", "+15055550100");
      String body =
          params.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));

      HttpResponse<String> unsigned =
          app.send(
              "POST", "/twilio/voice", body, "Content-Type", "application/x-www-form-urlencoded");
      HttpResponse<String> signed =
          app.send(
              "POST",
              "/twilio/voice",
              body,
              "Content-Type",
              "application/x-www-form-urlencoded",
              "X-Twilio-Signature",
              sign(PUBLIC + "/voice", params));

      assertThat(unsigned.statusCode()).isEqualTo(403);
      assertThat(signed.statusCode()).isEqualTo(200);
      assertThat(signed.body())
          .contains("<Response>")
          .contains("<Say")
          .contains("<Gather action=\"" + PUBLIC + "/gather?step=1\"");
      assertThat(app.get("/health").body()).contains("twilio");
      assertThat(app.output()).doesNotContain(TOKEN);
    }
  }

  private static String sign(String url, Map<String, String> params) throws Exception {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
