package org.cityline.routing.hazelcast;

/** What a contact command did on the member that owns the contact; {@code refusal} null if done. */
public record ContactReply(StoredContact before, StoredContact after, String refusal) {}
