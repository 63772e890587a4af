/**
 * Test fixtures for routing, shared with other modules through this module's test jar: in-memory
 * stores (the same pure commands the Hazelcast stores run, under a lock), fakes of the phone
 * system, the staff directory and the contact history, and a {@link
 * org.cityline.routing.testing.RoutingHarness} that builds a router over them with a manual clock.
 */
package org.cityline.routing.testing;
