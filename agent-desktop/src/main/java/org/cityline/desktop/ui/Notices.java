package org.cityline.desktop.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The desktop's notifications, always as plain text (never HTML). One refusal shows at a time: a
 * new one replaces the last, and a screen that moves on (a new caller, an accepted wrap-up)
 * dismisses it, so an old complaint never sits over a new call.
 */
public final class Notices {

  private static final String REFUSAL = "cityline-refusal";

  private Notices() {}

  /** Something was refused or failed: the reason, shown prominently. */
  public static Notification refused(String reason) {
    dismissRefusal();
    Notification notification = new Notification(reason, 6000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.setId("refusal");
    notification.open();
    UI ui = UI.getCurrent();
    if (ui != null) {
      ComponentUtil.setData(ui, REFUSAL, notification);
    }
    return notification;
  }

  /** Closes the refusal on screen, if any. */
  public static void dismissRefusal() {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    Object shown = ComponentUtil.getData(ui, REFUSAL);
    if (shown instanceof Notification notification) {
      notification.close();
      ComponentUtil.setData(ui, REFUSAL, null);
    }
  }

  /** Something happened the person should know about. */
  public static Notification info(String message) {
    Notification notification = new Notification(message, 4000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    notification.open();
    return notification;
  }
}
