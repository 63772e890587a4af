/**
 * The routing core's workings: {@link org.cityline.routing.engine.Router} implements {@link
 * org.cityline.routing.RoutingService} over the ports of a {@link
 * org.cityline.routing.engine.RouterSetup} (stores, events, the phone system, staff, history,
 * time).
 *
 * <p>Plain Java like the domain beside it: which store or event bus is behind the ports is decided
 * by the adapters ({@code .hazelcast}, {@code .vertx}) and wired in {@code .wiring}. Matching is
 * event driven (a contact joins a queue, an agent becomes free); every change goes through an
 * atomic command on one contact or one agent, so routers on any number of nodes can share one set
 * of stores.
 */
package org.cityline.routing.engine;
