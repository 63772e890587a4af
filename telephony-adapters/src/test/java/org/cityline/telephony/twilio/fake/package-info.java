/**
 * A fake Twilio for the adapter's tests: {@link org.cityline.telephony.twilio.fake.FakeTwilio}
 * serves the REST API on loopback (the SDK is pointed at it) and plays callers, agents' devices and
 * callbacks by posting webhooks signed as Twilio signs them ({@link
 * org.cityline.telephony.twilio.fake.TwilioSigner}), then carrying out the TwiML it gets back.
 */
package org.cityline.telephony.twilio.fake;
