package org.cityline.telephony.asterisk.fake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One AMI action as the fake server read it: its header lines in order. */
public record AmiAction(List<String[]> headers) {

  public String name() {
    return get("Action").orElse("");
  }

  public String actionId() {
    return get("ActionID").orElse("");
  }

  public Optional<String> get(String header) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(header)).map(h -> h[1]).findFirst();
  }

  public List<String> all(String header) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(header)).map(h -> h[1]).toList();
  }

  public boolean is(String action) {
    return name().toLowerCase(Locale.ROOT).equals(action.toLowerCase(Locale.ROOT));
  }

  /** A response block: {@code Response}, {@code ActionID}, then the given lines, CRLF. */
  public String respond(String response, String... lines) {
    StringBuilder out = new StringBuilder();
    out.append("Response: ").append(response).append("\r\n");
    out.append("ActionID: ").append(actionId()).append("\r\n");
    for (String line : lines) {
      out.append(line).append("\r\n");
    }
    return out.append("\r\n").toString();
  }
}
