package org.cityline.desktop.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The desktop's notifications, always as plain text (never HTML): refusals stay until read or for a
 * while, confirmations pass quickly.
 */
public final class Notices {

  private Notices() {}

  /** Something was refused or failed: the reason, shown prominently. */
  public static Notification refused(String reason) {
    Notification notification = new Notification(reason, 6000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.setId("refusal");
    notification.open();
    return notification;
  }

  /** Something happened the person should know about. */
  public static Notification info(String message) {
    Notification notification = new Notification(message, 4000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    notification.open();
    return notification;
  }
}
