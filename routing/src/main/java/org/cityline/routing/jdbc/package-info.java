/**
 * Routing's tables in the node's database: the fifteen-minute interval counts per queue ({@code
 * RoutingDatabase}, Flyway location {@code db/migration/routing}, history {@code
 * flyway_routing_history}). Plain JDBC, the same SQL on H2 and PostgreSQL.
 */
package org.cityline.routing.jdbc;
