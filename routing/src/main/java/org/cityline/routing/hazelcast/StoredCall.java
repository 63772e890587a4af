package org.cityline.routing.hazelcast;

/**
 * Which live contact a call belongs to, in the {@code cityline.routing.calls} map; {@code op} tells
 * one claim of the call from another, so a failed enqueue removes only its own claim.
 */
public record StoredCall(String contact, String op) {}
