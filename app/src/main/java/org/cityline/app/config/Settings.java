package org.cityline.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merged raw values, with typed readers that collect every problem instead of failing at the
 * first, so an operator fixes them all in one go. Call {@link #check()} after reading.
 */
public final class Settings {

  /** A raw value and where it came from (for messages). */
  public record Value(String text, String origin) {}

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|\\[?[0-9A-Fa-f:.]+]?");

  private final Map<String, Value> values;
  private final List<String> problems = new ArrayList<>();

  Settings(Map<String, Value> values) {
    this.values = Map.copyOf(values);
  }

  /** A text value, as is (may be empty). */
  public String text(String key) {
    return value(key).text();
  }

  /** A text value, or empty when blank. */
  public Optional<String> optionalText(String key) {
    String text = text(key);
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** A whole number within bounds. */
  public int integer(String key, int min, int max) {
    String text = text(key);
    try {
      int number = Integer.parseInt(text);
      if (number < min || number > max) {
        return problem(key, "must be between " + min + " and " + max, min);
      }
      return number;
    } catch (NumberFormatException e) {
      return problem(key, "must be a whole number between " + min + " and " + max, min);
    }
  }

  /** A TCP port; 0 only when {@code zeroMeansAny}. */
  public int port(String key, boolean zeroMeansAny) {
    return integer(key, zeroMeansAny ? 0 : 1, 65535);
  }

  /** A true/false switch. */
  public boolean flag(String key) {
    String text = text(key).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> problem(key, "must be true or false", false);
    };
  }

  /** A duration written like {@code 500ms}, {@code 20s}, {@code 30m}, {@code 2h}. */
  public Duration duration(String key, Duration min, Duration max) {
    Matcher matcher = DURATION.matcher(text(key));
    if (!matcher.matches()) {
      return problem(key, "must be a duration such as 500ms, 20s, 30m or 2h", min);
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration =
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      return problem(key, "must be between " + show(min) + " and " + show(max), min);
    }
    return duration;
  }

  /** One of a fixed set of lower-case words. */
  public String choice(String key, String... allowed) {
    String text = text(key).toLowerCase(Locale.ROOT);
    if (!Arrays.asList(allowed).contains(text)) {
      return problem(key, "must be one of " + String.join(", ", allowed), allowed[0]);
    }
    return text;
  }

  /** A host name or IP address. */
  public String host(String key) {
    String text = text(key);
    if (!HOST.matcher(text).matches()) {
      return problem(key, "must be a host name or IP address", "127.0.0.1");
    }
    return text;
  }

  /** A comma-separated list of host or host:port entries. */
  public List<String> hostList(String key) {
    List<String> hosts = new ArrayList<>();
    for (String entry : text(key).split(",")) {
      String member = entry.strip();
      if (member.isEmpty()) {
        continue;
      }
      int colon = member.lastIndexOf(':');
      String host = colon > 0 && !member.endsWith("]") ? member.substring(0, colon) : member;
      String port = colon > 0 && !member.endsWith("]") ? member.substring(colon + 1) : "";
      boolean portOk =
          port.isEmpty() || port.matches("[0-9]{1,5}") && Integer.parseInt(port) <= 65535;
      if (!HOST.matcher(host).matches() || !portOk) {
        problem(key, "'" + member + "' is not host or host:port", null);
      } else {
        hosts.add(member);
      }
    }
    if (hosts.isEmpty()) {
      problem(key, "needs at least one member (this node's own address will do)", null);
    }
    return hosts;
  }

  /** An absolute http(s) URL, or empty. */
  public Optional<URI> optionalHttpUrl(String key) {
    String text = text(key);
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problem(key, "must be an absolute http:// or https:// URL", null);
    return Optional.empty();
  }

  /** Records a problem with a key; returns {@code fallback} so reading can go on. */
  public <T> T problem(String key, String what, T fallback) {
    Value value = value(key);
    String shown =
        key.contains("password") || key.contains("secret") || key.contains("token")
            ? "(hidden)"
            : "'" + abbreviate(value.text()) + "'";
    problems.add(key + " = " + shown + " (from " + value.origin() + "): " + what);
    return fallback;
  }

  /** Whether any problem has been found so far. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Throws one {@link ConfigException} listing every problem found so far, if any. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }

  /** Where each key's value came from, for the start-up log (never the values of secrets). */
  public List<String> overrides() {
    return values.entrySet().stream()
        .filter(entry -> !entry.getValue().origin().equals("the defaults"))
        .map(entry -> entry.getKey() + " from " + entry.getValue().origin())
        .sorted()
        .toList();
  }

  private Value value(String key) {
    Value value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no such configuration key in the defaults: " + key);
    }
    return value;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static String show(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
