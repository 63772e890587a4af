/**
 * The IVR's runtime: {@link org.cityline.ivr.Ivr} is the {@code CallEventHandler} the telephony
 * adapters call. For each call event it takes the call's session from the {@link
 * org.cityline.ivr.SessionStore} under a per-call lock, lets the engine ({@code
 * org.cityline.ivr.flow}) advance it, makes the port calls the engine asks for ({@link
 * org.cityline.ivr.PortCalls}: customer information, routing), and stores, hands over or ends the
 * session.
 *
 * <p>Plain Java: no Hazelcast, Vert.x or vendor type. The Hazelcast session store lives in {@code
 * org.cityline.ivr.hazelcast}.
 */
package org.cityline.ivr;
