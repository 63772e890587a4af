package org.cityline.telephony.twilio.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks as Twilio does (written from Twilio's description, not the SDK's code): Base64 of
 * HMAC-SHA1, keyed by the auth token, over the full URL followed by each POST parameter's name and
 * value, sorted by name. A JSON body is signed through its SHA-256 in the URL's {@code bodySHA256}.
 */
public final class TwilioSigner {

  private final byte[] authToken;

  public TwilioSigner(String authToken) {
    this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
  }

  /** The X-Twilio-Signature for a form POST (or a GET with no parameters). */
  public String sign(String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 is not available", e);
    }
  }

  /** The hex SHA-256 of a JSON body, for the URL's {@code bodySHA256}. */
  public static String bodySha256(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
