/**
 * Benchmarks (JMH) and load harnesses. Each area has its own package ({@code .routing}, {@code
 * .ivr}, ...); results and the commands that produced them are committed under {@code
 * docs/benchmarks/}. Nothing here runs in the test build: speed is measured, never asserted in a
 * unit test.
 */
package org.cityline.benchmarks;
