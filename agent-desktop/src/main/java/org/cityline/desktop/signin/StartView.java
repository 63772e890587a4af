package org.cityline.desktop.signin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.cityline.desktop.ui.CurrentUser;
import org.cityline.desktop.ui.DesktopRoutes;

/** The root address: sends people to their own page, or to sign-in. */
@Route("")
public class StartView extends Div implements BeforeEnterObserver {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(CurrentUser.get().map(DesktopRoutes::homeOf).orElse(DesktopRoutes.LOGIN));
  }
}
