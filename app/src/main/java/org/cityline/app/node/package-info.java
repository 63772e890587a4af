/**
 * One Cityline node: starts the Hazelcast member, the clustered Vert.x, the database, the routing
 * core, the IVR, the telephony adapter and the web servers in order, and stops them in reverse. A
 * start that fails half-way closes what it had started, so no port or thread is left behind.
 */
package org.cityline.app.node;
