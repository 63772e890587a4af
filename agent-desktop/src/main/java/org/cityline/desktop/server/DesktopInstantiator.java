package org.cityline.desktop.server;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.cityline.desktop.DesktopServices;

/**
 * Builds the desktop's views and layouts with their services: a class with a public constructor
 * taking {@link DesktopServices} gets the server's services; every other class is left to Vaadin's
 * default (a no-argument constructor). No Spring, no CDI, no static look-up in the views.
 *
 * <p>The services are read from the Vaadin context (where {@link DesktopServer} puts them) each
 * time a view is built, so they may be set after the service starts (as browserless tests do).
 */
public class DesktopInstantiator extends DefaultInstantiator {

  private final VaadinService service;

  public DesktopInstantiator(VaadinService service) {
    super(service);
    this.service = service;
  }

  @Override
  public <T> T getOrCreate(Class<T> type) {
    Optional<Constructor<T>> constructor = servicesConstructor(type);
    if (constructor.isEmpty()) {
      return super.getOrCreate(type);
    }
    try {
      return constructor.get().newInstance(services(service));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("could not build " + type.getName() + ": " + cause, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "could not build " + type.getName() + " with its DesktopServices constructor", e);
    }
  }

  @Override
  public Stream<VaadinServiceInitListener> getServiceInitListeners() {
    return Stream.concat(super.getServiceInitListeners(), Stream.of(new SessionEndListener()));
  }

  /** The services the desktop server handed to this Vaadin context. */
  static DesktopServices services(VaadinService service) {
    DesktopServices services = service.getContext().getAttribute(DesktopServices.class);
    if (services == null) {
      throw new IllegalStateException(
          "no DesktopServices in the Vaadin context: start the desktop with DesktopServer, or set"
              + " the attribute before opening a view in a test");
    }
    return services;
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<Constructor<T>> servicesConstructor(Class<T> type) {
    return Arrays.stream(type.getConstructors())
        .filter(c -> c.getParameterCount() == 1)
        .filter(c -> c.getParameterTypes()[0] == DesktopServices.class)
        .map(c -> (Constructor<T>) c)
        .findFirst();
  }
}
