package org.cityline.desktop.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

/**
 * Vaadin's hook for the {@link DesktopInstantiator}: found through Vaadin's lookup, where {@link
 * DesktopServer} registers it by class (browserless tests list it in {@code lookupServices()}).
 */
public class DesktopInstantiatorFactory implements InstantiatorFactory {

  @Override
  public Instantiator createInstantitor(VaadinService service) {
    return new DesktopInstantiator(service);
  }
}
