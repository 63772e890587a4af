package org.cityline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.cityline.app.config.CitylineConfig;
import org.cityline.app.config.ConfigException;
import org.cityline.app.config.ConfigLoader;
import org.cityline.app.node.CitylineNode;
import org.cityline.common.SmallMachines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts one Cityline node: {@code java -jar cityline.jar [--config FILE]}.
 *
 * <p>Exit codes: 0 after a normal stop, 2 for a bad command line or configuration, 1 when a
 * component failed to start (what failed is printed; whatever had started is stopped first).
 */
public final class Cityline {

  private static final Logger LOG = LoggerFactory.getLogger(Cityline.class);

  private Cityline() {}

  public static void main(String[] args) {
    SmallMachines.tune(); // before anything creates the common pool
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    int exit = run(args, System.getenv(), System.out, System.err);
    if (exit != 0) {
      // Vert.x and Hazelcast threads may still be alive after a failed start (STACK.md pitfall 6).
      System.exit(exit);
    }
  }

  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    Path configFile;
    try {
      configFile = configFile(args);
    } catch (IllegalArgumentException e) {
      err.println("cityline: " + e.getMessage());
      err.println("usage: java -jar cityline.jar [--config FILE]");
      return 2;
    }
    if (configFile == null && args.length == 1) {
      out.println("usage: java -jar cityline.jar [--config FILE]");
      out.println(
          "Every setting and its environment variable: see cityline.properties in the README.");
      return 0;
    }
    CitylineConfig config;
    try {
      config = CitylineConfig.from(ConfigLoader.load(configFile, environment));
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return 2;
    }
    CitylineNode node;
    try {
      node = CitylineNode.start(config);
    } catch (RuntimeException e) {
      LOG.error("start-up failed", e);
      err.println("Cityline failed to start: " + rootMessage(e));
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(Thread.ofPlatform().name("cityline-shutdown").unstarted(node::close));
    out.println(node.banner());
    return 0;
  }

  private static Path configFile(String[] args) {
    if (args.length == 0) {
      return null;
    }
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      return null;
    }
    if (args.length == 2 && args[0].equals("--config")) {
      return Path.of(args[1]);
    }
    throw new IllegalArgumentException("unexpected arguments: " + String.join(" ", args));
  }

  private static String rootMessage(Throwable error) {
    StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
    Throwable cause = error.getCause();
    while (cause != null && cause != error) {
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(" (").append(cause.getMessage()).append(')');
      }
      error = cause;
      cause = cause.getCause();
    }
    return message.toString();
  }
}
