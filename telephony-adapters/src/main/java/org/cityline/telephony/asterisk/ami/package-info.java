/**
 * The Asterisk Manager Interface: one Asterisk-Java manager connection that logs in with backoff,
 * reconnects after a drop, hands events off its reader thread at once, and the actions Cityline
 * sends (originate, redirect, hang-up, ChanSpy, MixMonitor mute).
 */
package org.cityline.telephony.asterisk.ami;
