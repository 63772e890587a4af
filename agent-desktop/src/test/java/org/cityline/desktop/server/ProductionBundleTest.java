package org.cityline.desktop.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionBundleTest {

  @TempDir Path root;

  private ClassLoader loaderWith(String buildInfo, boolean index) throws IOException {
    if (buildInfo != null) {
      Path file = root.resolve(ProductionBundle.BUILD_INFO);
      Files.createDirectories(file.getParent());
      Files.writeString(file, buildInfo);
    }
    if (index) {
      Path file = root.resolve(ProductionBundle.INDEX_HTML);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "<!doctype html>");
    }
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }

  @Test
  void aProductionBuildPasses() throws IOException {
    ClassLoader loader = loaderWith("{\n  \"productionMode\" : true\n}", true);

    assertThatCode(() -> ProductionBundle.require(loader)).doesNotThrowAnyException();
  }

  @Test
  void noBuildInfoSaysToRunThePackagedJar() throws IOException {
    ClassLoader loader = loaderWith(null, false);

    assertThatThrownBy(() -> ProductionBundle.require(loader))
        .isInstanceOf(DesktopServerException.class)
        .hasMessageContaining("production bundle is not on the class path")
        .hasMessageContaining("mvnw package");
  }

  @Test
  void developmentModeBuildInfoIsRefused() throws IOException {
    ClassLoader loader = loaderWith("{ \"productionMode\" : false }", true);

    assertThatThrownBy(() -> ProductionBundle.require(loader))
        .isInstanceOf(DesktopServerException.class)
        .hasMessageContaining("development-mode build info")
        .hasMessageContaining("not from target/classes");
  }
}
