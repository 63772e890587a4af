/**
 * The routing core's domain: contacts waiting in queues, agents and their states, offers, and the
 * rules that match one to the other. Callers of the core use {@link
 * org.cityline.routing.RoutingService}; they learn what changed through {@link
 * org.cityline.routing.RoutingEvent}s.
 *
 * <p>This package is plain Java: it imports no Vert.x or Hazelcast type. Where state is shared
 * across the cluster (Hazelcast maps changed by entry processors) and how events travel (the Vert.x
 * event bus) is decided in the adapter packages beside it.
 */
package org.cityline.routing;
