package org.cityline.routing.hazelcast;

/** One IVR trail step inside a {@link StoredContact}. */
public record StoredTrailStep(String step, String summary, long at) {}
