package org.cityline.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the configuration: the documented defaults from the class path, then the operator's file
 * (if any), then {@code CITYLINE_*} environment variables. Only keys that exist in the defaults are
 * accepted, so a typo in a file is an error rather than a silently ignored setting.
 */
public final class ConfigLoader {

  /** The defaults file on the class path; it documents every key. */
  public static final String DEFAULTS = "cityline.properties";

  /** The environment variable naming the operator's file. */
  public static final String CONFIG_FILE_VARIABLE = "CITYLINE_CONFIG";

  private static final String PREFIX = "CITYLINE_";
  private static final String TWILIO_AUTH_TOKEN = "TWILIO_AUTH_TOKEN";
  private static final String TWILIO_TOKEN_KEY = "twilio.auth-token";

  private ConfigLoader() {}

  /**
   * Loads the configuration.
   *
   * @param configFile the operator's file, or null for none
   * @param environment the process environment (a map in tests)
   * @throws ConfigException naming the file or key that is wrong
   */
  public static Settings load(Path configFile, Map<String, String> environment) {
    Map<String, Settings.Value> values = new LinkedHashMap<>();
    Properties defaults = readDefaults();
    for (String key : defaults.stringPropertyNames().stream().sorted().toList()) {
      values.put(key, new Settings.Value(defaults.getProperty(key).strip(), "the defaults"));
    }
    List<String> problems = new ArrayList<>();
    Path file = configFile;
    if (file == null && environment.get(CONFIG_FILE_VARIABLE) != null) {
      file = Path.of(environment.get(CONFIG_FILE_VARIABLE));
    }
    if (file != null) {
      Properties own = readFile(file);
      for (String key : own.stringPropertyNames().stream().sorted().toList()) {
        if (!values.containsKey(key)) {
          problems.add(
              key + ": unknown key in " + file + " (the keys are listed in " + DEFAULTS + ")");
        } else {
          values.put(key, new Settings.Value(own.getProperty(key).strip(), file.toString()));
        }
      }
    }
    for (String key : List.copyOf(values.keySet())) {
      String variable = environmentName(key);
      String value = environment.get(variable);
      if (value != null) {
        values.put(key, new Settings.Value(value.strip(), "environment variable " + variable));
      }
    }
    // Twilio's own tools read TWILIO_AUTH_TOKEN; Cityline's variable wins when both are set.
    String twilioToken = environment.get(TWILIO_AUTH_TOKEN);
    if (twilioToken != null && environment.get(environmentName(TWILIO_TOKEN_KEY)) == null) {
      values.put(
          TWILIO_TOKEN_KEY,
          new Settings.Value(twilioToken.strip(), "environment variable " + TWILIO_AUTH_TOKEN));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new Settings(values);
  }

  /**
   * The environment variable that overrides a key: {@code web.port} → {@code CITYLINE_WEB_PORT}.
   */
  public static String environmentName(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static Properties readDefaults() {
    try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the class path");
      }
      Properties properties = new Properties();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULTS + " from the class path", e);
    }
  }

  private static Properties readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config: " + file + " is not a readable file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      return properties;
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(
          "--config: cannot read " + file + " as a properties file (" + e.getMessage() + ")");
    }
  }
}
