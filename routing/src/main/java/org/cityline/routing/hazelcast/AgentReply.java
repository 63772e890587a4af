package org.cityline.routing.hazelcast;

/**
 * What an agent command did on the member that owns the agent; {@code refusal} null if done. When
 * the agent signed out, {@code after} is the signed-out agent, whose entry is already removed.
 */
public record AgentReply(StoredAgent before, StoredAgent after, String refusal) {}
