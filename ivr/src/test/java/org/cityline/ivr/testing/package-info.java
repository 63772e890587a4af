/**
 * Test fixtures for the IVR, shared with other modules through this module's test jar: in-memory
 * fakes of the ports the IVR uses (customer information, routing, contact history), an in-memory
 * session store that expires sessions by a {@code ManualClock}, a small demo set of accounts, and
 * {@link org.cityline.ivr.testing.TestCall}, which places a call into an {@code Ivr} and records
 * what the caller hears.
 */
package org.cityline.ivr.testing;
