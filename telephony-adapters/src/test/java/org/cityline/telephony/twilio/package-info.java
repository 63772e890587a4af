/** Tests of the Twilio adapter, on the fake Twilio in {@code fake}. */
package org.cityline.telephony.twilio;
