package org.cityline.desktop.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Checks that the desktop runs from its packaged jar, where the Vaadin Maven plugin's {@code
 * build-frontend} goal left {@code flow-build-info.json} saying production mode and the prebuilt
 * bundle beside it. Anywhere else (classes straight from {@code target/classes}, an IDE) Vaadin
 * would try development mode, which needs Node and a frontend build: the desktop refuses to start
 * with a message saying what to do instead.
 */
final class ProductionBundle {

  static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";
  static final String INDEX_HTML = "META-INF/VAADIN/webapp/index.html";

  private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

  private ProductionBundle() {}

  /**
   * @throws DesktopServerException when the build info or the bundle is missing, or says
   *     development mode
   */
  static void require(ClassLoader loader) {
    URL buildInfo = loader.getResource(BUILD_INFO);
    if (buildInfo == null || loader.getResource(INDEX_HTML) == null) {
      throw new DesktopServerException(
          "The agent desktop's production bundle is not on the class path ("
              + BUILD_INFO
              + " and the prebuilt bundle are missing). Run Cityline from the packaged"
              + " cityline-agent-desktop jar, built with 'mvnw package' (or verify).");
    }
    if (!PRODUCTION.matcher(read(buildInfo)).find()) {
      throw new DesktopServerException(
          "The agent desktop found development-mode build info at "
              + buildInfo
              + "; it runs only in production mode. Run it from the packaged"
              + " cityline-agent-desktop jar (built with 'mvnw package'), not from target/classes.");
    }
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + url, e);
    }
  }
}
