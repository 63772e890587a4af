package org.cityline.app.node;

import java.util.ArrayList;
import java.util.List;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.demo.DemoStaff;
import org.cityline.app.config.CitylineConfig;

/** What a node prints once it is up: where it serves, and the demo sign-ins and callers. */
final class Banner {

  private Banner() {}

  static String text(CitylineConfig config, int webPort) {
    String base =
        config.web().publicUrl().isPresent()
            ? config.web().baseUrl()
            : "http://localhost:" + webPort;
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        "Cityline is running: node "
            + config.nodeName()
            + ", cluster '"
            + config.cluster().name()
            + "'.");
    lines.add("  Agent desktop:  " + base + "/");
    lines.add(
        "  Test phone:     "
            + base
            + "/phone?from="
            + DemoCity.SHOWCASE_ENGLISH.phone().map(Object::toString).orElse(""));
    lines.add("  Simulator API:  " + base + "/api/sim/calls");
    lines.add("  Health:         " + base + "/health");
    if (config.database().seedDemo()) {
      lines.add("  Demo sign-ins (user / password):");
      for (DemoStaff.Credential credential : DemoStaff.CREDENTIALS) {
        lines.add(
            String.format(
                "    %-11s %-20s %s",
                credential.username(),
                credential.password(),
                credential.role().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    lines.add("Stop with Ctrl+C.");
    return String.join(System.lineSeparator(), lines);
  }
}
