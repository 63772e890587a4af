package org.cityline.desktop.server;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell of every desktop page: server push over a websocket (with XHR for client to server
 * messages), the Lumo theme, Lumo's utility classes and the desktop's own stylesheet (all plain CSS
 * served from {@code META-INF/resources}; no frontend build).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("cityline/desktop.css")
public class DesktopShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("Cityline");
    settings.addMetaTag("description", "Cityline contact center desktop");
  }
}
