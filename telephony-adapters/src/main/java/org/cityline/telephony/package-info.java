/**
 * The glue between the phone systems and Cityline's core, the same for every telephony adapter.
 *
 * <ul>
 *   <li>{@link org.cityline.telephony.CallDirector} is the one {@link
 *       org.cityline.common.call.CallEventHandler} every adapter hands its call events to: IVR
 *       events go to the IVR, agent-leg events to routing, and a call's end to both.
 *   <li>{@link org.cityline.telephony.CallControlRouter} is the one {@link
 *       org.cityline.common.call.CallControl} routing and the desktop talk to: it passes each
 *       request to the adapter that owns the call's network.
 *   <li>{@link org.cityline.telephony.CallSequencer} gives every call its own strand, so an adapter
 *       delivers that call's events one at a time, in order, on a virtual thread.
 * </ul>
 *
 * <p>The rule for every adapter: never call the {@code CallEventHandler} from inside a {@code
 * CallControl} method. Routing calls {@code CallControl} while it changes a contact; an event
 * handled on that same stack would re-enter routing half-way through. Adapters queue the event on
 * the call's strand instead.
 *
 * <p>This package imports no Vert.x, Hazelcast or vendor types.
 */
package org.cityline.telephony;
