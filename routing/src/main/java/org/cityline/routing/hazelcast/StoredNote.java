package org.cityline.routing.hazelcast;

/** A note that travels with a contact, inside a {@link StoredContact}. */
public record StoredNote(String author, String text, long at) {}
