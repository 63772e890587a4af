package org.cityline.desktop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The desktop's static files: every {@code META-INF/resources} folder on the class path (Lumo's
 * stylesheets, the desktop's own CSS and scripts), combined into one base resource, as a servlet
 * container does for the jars of a web application.
 */
final class StaticResources {

  private static final String ROOT = "META-INF/resources";

  private StaticResources() {}

  static Resource of(ServletContextHandler context, ClassLoader loader) {
    ResourceFactory factory = ResourceFactory.of(context);
    List<Resource> roots = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(ROOT))) {
        roots.add(factory.newResource(url.toURI()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + ROOT + " on the class path", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a class path entry is not a valid URI: " + e.getInput(), e);
    }
    if (roots.isEmpty()) {
      throw new DesktopServerException(
          "no " + ROOT + " on the class path: the Vaadin and desktop jars are missing");
    }
    return ResourceFactory.combine(roots);
  }
}
