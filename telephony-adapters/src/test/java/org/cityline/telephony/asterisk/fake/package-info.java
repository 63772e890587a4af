/**
 * Protocol-faithful fakes of an Asterisk PBX for tests: a fake AMI server and a fake FastAGI client
 * (the PBX side of AGI), built on the byte-exact captures in {@code src/test/resources/asterisk/}
 * (copied from {@code shared/fixtures/asterisk}, see its README), and {@link
 * org.cityline.telephony.asterisk.fake.FakePbx}, which models callers, agents' phones and the
 * {@code cityline-*} dialplan contexts on top of both.
 */
package org.cityline.telephony.asterisk.fake;
