/**
 * Starts routing on a node from a Hazelcast member and a Vert.x instance: the one place that puts
 * the domain, the Hazelcast stores and the event bus together. The launcher calls {@link
 * org.cityline.routing.wiring.RoutingModule#start}.
 */
package org.cityline.routing.wiring;
