/**
 * The telephony contract: one suite of call scenarios that every telephony adapter must pass with
 * the same outcomes. An adapter's test subclasses {@link
 * org.cityline.telephony.contract.TelephonyContract} and supplies a {@link
 * org.cityline.telephony.contract.TelephonyDriver} that plays the caller on its phone system (the
 * simulator itself, a fake PBX for Asterisk, signed webhooks for Twilio). Behind the adapter sit
 * the real {@code CallDirector}, a scripted IVR and a fake routing core from {@code
 * org.cityline.telephony.testing}.
 */
package org.cityline.telephony.contract;
