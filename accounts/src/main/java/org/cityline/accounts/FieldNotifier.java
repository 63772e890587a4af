package org.cityline.accounts;

/**
 * Tells field staff (their dispatch system, the crews' devices) about a {@link FieldNotification}.
 * The store writes each notification in the transaction of the change that caused it and then hands
 * it here; one that could not be handed over stays unpublished and is handed over again by {@link
 * FieldNotifications#relayUnpublished()}. Implementations must tolerate a notification twice.
 */
@FunctionalInterface
public interface FieldNotifier {

  /** Hands one notification over; throws if it could not. */
  void notify(FieldNotification notification);

  /** Hands nothing anywhere (a city without a field system): notifications stay in the database. */
  FieldNotifier NONE = notification -> {};
}
