/**
 * IVR load harnesses: {@link org.cityline.benchmarks.ivr.IvrLoad} (2,000 sessions in progress at
 * once through the simulator: step latency, Hazelcast cost per session) and {@link
 * org.cityline.benchmarks.ivr.IvrDay} (a simulated day of calls: containment and abandonment per
 * flow). Results and commands: docs/benchmarks/ivr.md.
 */
package org.cityline.benchmarks.ivr;
