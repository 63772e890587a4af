/**
 * The telephony port: the one contract between Cityline's core and every phone system it runs on
 * (the built-in simulator, Asterisk, Twilio).
 *
 * <p>Events go up, commands come down:
 *
 * <ul>
 *   <li>An adapter turns what happens on its phone system into {@link
 *       org.cityline.common.call.CallEvent}s and hands each to the core's {@link
 *       org.cityline.common.call.CallEventHandler}. The answer is the list of {@link
 *       org.cityline.common.call.CallCommand}s the call must carry out next (play this, collect
 *       that, hang up): a FastAGI script executes them on its channel, a Twilio webhook renders
 *       them as TwiML, the simulator records them in the call's transcript.
 *   <li>Commands that do not answer an event (connect a waiting caller to an agent, hold, resume,
 *       hang up from the desktop) go through the adapter's {@link
 *       org.cityline.common.call.CallControl}.
 * </ul>
 *
 * <p>Card and bank digits travel only in {@link org.cityline.common.call.CallEvent.DigitsEntered}
 * answering a {@link org.cityline.common.call.CallCommand.Collect} marked {@code masked}; such an
 * event's {@code toString} never shows them.
 */
package org.cityline.common.call;
