package org.cityline.accounts;

import java.util.List;

/**
 * A finished contact about an account, with the wrap-ups of the agents who handled it.
 *
 * @param contact the contact
 * @param wrapUps each handling agent's disposition and note, oldest first
 */
public record RecentContact(ContactRecord contact, List<WrapUp> wrapUps) {

  public RecentContact {
    wrapUps = List.copyOf(wrapUps);
  }
}
