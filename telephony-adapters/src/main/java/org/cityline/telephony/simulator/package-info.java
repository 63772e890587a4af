/**
 * The simulator: an in-process phone network, Cityline's telephony when no PBX is configured, and
 * the phone of every test and of the load generator.
 *
 * <p>{@link org.cityline.telephony.simulator.SimulatedNetwork} is both sides of a phone network:
 * callers place calls, press keys and hang up through it, and it is the {@link
 * org.cityline.common.call.CallControl} of network {@code sim}. Each call's events go to the
 * attached {@link org.cityline.common.call.CallEventHandler} (the {@code CallDirector}) one at a
 * time, in order, on the call's own virtual-thread strand, and the commands that come back are
 * carried out: prompts are written to the call's transcript as text, collects wait for keys (with
 * their timeout on the {@link org.cityline.common.time.Scheduler}), a wait plays music until an
 * agent's desk phone ({@code sim:<username>}) is connected.
 *
 * <p>Keys entered at a masked collect (card and bank digits) reach the handler and nothing else:
 * the transcript shows {@code ••••}, and they are never logged.
 *
 * <p>Ended calls stay readable for a while ({@link
 * org.cityline.telephony.simulator.SimulatorSettings}) and are then forgotten, so memory stays
 * bounded however many calls a load test places. The HTTP API and test-phone page over it are in
 * {@code .http}.
 */
package org.cityline.telephony.simulator;
