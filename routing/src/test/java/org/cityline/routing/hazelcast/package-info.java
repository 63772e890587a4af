/**
 * Routing on real Hazelcast members: races between two nodes, a lost member, stored records on the
 * wire; {@link org.cityline.routing.hazelcast.TwoMembers} starts the shared test cluster.
 */
package org.cityline.routing.hazelcast;
