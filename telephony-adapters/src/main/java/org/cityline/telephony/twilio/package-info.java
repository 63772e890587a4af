/**
 * Cityline on Twilio (network {@code twilio}): Twilio calls Cityline's webhooks ({@link
 * org.cityline.telephony.twilio.TwilioWebhooks}, Vert.x Web) and gets TwiML built with the SDK's
 * builders; Cityline drives calls, conferences and text messages through the SDK's REST client
 * ({@link org.cityline.telephony.twilio.TwilioRest}). Per-call state lives in a Hazelcast map, so
 * any node answers any webhook. {@link org.cityline.telephony.twilio.TwilioNetwork} is the {@code
 * CallControl}.
 */
package org.cityline.telephony.twilio;
