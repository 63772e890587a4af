/**
 * Time as a port. Domain code takes a {@link java.time.Clock} and a {@link
 * org.cityline.common.time.Scheduler} instead of reading the system clock or sleeping, so tests
 * move time forward (see {@code ManualClock} and {@code ManualScheduler} in this module's test jar)
 * and production wires a real clock and a real timer service.
 */
package org.cityline.common.time;
