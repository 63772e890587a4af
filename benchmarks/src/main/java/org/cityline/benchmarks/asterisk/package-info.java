/**
 * Asterisk adapter load harness: {@link org.cityline.benchmarks.asterisk.AsteriskLoad} (concurrent
 * FastAGI sessions and Cityline's command round trip, AMI event throughput, reconnect to
 * resynchronised state), against the fake PBX of telephony-adapters' test jar. Results and
 * commands: docs/benchmarks/asterisk.md.
 */
package org.cityline.benchmarks.asterisk;
