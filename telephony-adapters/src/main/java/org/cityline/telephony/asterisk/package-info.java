/**
 * The Asterisk adapter (network {@code asterisk}): callers reach Cityline's IVR over FastAGI
 * ({@link org.cityline.telephony.asterisk.agi}), agent legs, hold, hang-ups and callbacks go
 * through the Asterisk Manager Interface ({@link org.cityline.telephony.asterisk.ami}). {@link
 * org.cityline.telephony.asterisk.AsteriskNetwork} ties both to the core: it is the {@link
 * org.cityline.common.call.CallControl} for {@code asterisk} calls and hands their events to the
 * {@link org.cityline.common.call.CallEventHandler} on each call's strand.
 */
package org.cityline.telephony.asterisk;
