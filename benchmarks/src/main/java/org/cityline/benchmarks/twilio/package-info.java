/**
 * The Twilio adapter's webhook latency under load: {@link
 * org.cityline.benchmarks.twilio.TwilioLoad} posts signed webhooks at a fixed rate to one node.
 */
package org.cityline.benchmarks.twilio;
