/**
 * IVR sessions in Hazelcast: {@link org.cityline.ivr.hazelcast.HazelcastSessionStore} keeps each
 * call's session in an IMap keyed by call id, with a time to live and one backup, under a per-call
 * lock; {@link org.cityline.ivr.hazelcast.SessionCodec} is its small, versioned stored form.
 */
package org.cityline.ivr.hazelcast;
