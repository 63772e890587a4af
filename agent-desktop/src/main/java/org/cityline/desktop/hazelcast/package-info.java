/**
 * The desk's state shared by every node through Hazelcast maps: agents' drafts ({@link
 * org.cityline.desktop.hazelcast.HazelcastDraftStore}) and sign-in failures and locks ({@link
 * org.cityline.desktop.hazelcast.HazelcastLockoutStore}). Each entry lives a bounded time (a TTL)
 * and is changed under the map's lock for its key. No payment field ever reaches them: the payment
 * form keeps no drafts.
 */
package org.cityline.desktop.hazelcast;
