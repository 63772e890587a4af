/**
 * Routing's state in Hazelcast: contacts, their calls, agents, the queues' interval counts and the
 * shared queue configuration, in maps with one synchronous backup (see {@link
 * org.cityline.routing.hazelcast.RoutingMaps}), and who leads ({@link
 * org.cityline.routing.hazelcast.HazelcastLeadership}: the oldest member).
 *
 * <p>Values are records of plain fields stored with zero-configuration Compact serialization (no
 * member config needed); the domain's commands travel to the member that owns the key as flattened
 * entry processors and run there under Hazelcast's per-key exclusion, which is what makes an offer
 * or a reservation atomic across the cluster. Each stored value remembers the id of the last
 * command applied, so a command Hazelcast retries after losing a member is applied once. The stores
 * tell every node of every change through entry listeners, which feed each node's index. No CP
 * subsystem (it is Enterprise-only).
 */
package org.cityline.routing.hazelcast;
