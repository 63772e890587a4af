/**
 * Routing events on the clustered Vert.x event bus: one address, {@value
 * org.cityline.routing.vertx.EventBusRoutingEvents#ADDRESS}, and a JSON codec for the sealed {@link
 * org.cityline.routing.RoutingEvent} records.
 */
package org.cityline.routing.vertx;
