/**
 * Tests of the Asterisk adapter on the fake PBX: the telephony contract, the captures replayed
 * through Asterisk-Java, and bad input at every entry point.
 */
package org.cityline.telephony.asterisk;
