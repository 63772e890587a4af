/**
 * Routing's state in Hazelcast: contacts, their calls, agents and waiting lists in four maps (see
 * {@link org.cityline.routing.hazelcast.RoutingMaps}), each with one synchronous backup.
 *
 * <p>Values are small records of plain fields stored with zero-configuration Compact serialization
 * (no member config needed); the domain's commands travel to the member that owns the key as
 * flattened entry processors and run there under Hazelcast's per-key exclusion, which is what makes
 * an offer or a reservation atomic across the cluster. No CP subsystem (it is Enterprise-only).
 */
package org.cityline.routing.hazelcast;
