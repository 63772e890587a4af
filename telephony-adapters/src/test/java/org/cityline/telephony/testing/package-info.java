/**
 * Test fixtures for telephony tests, shared through this module's test jar: a {@link
 * org.cityline.telephony.testing.ScriptedIvr} (a tiny IVR with a fixed flow) and a {@link
 * org.cityline.telephony.testing.FakeRouting} (a routing core that keeps contacts in memory and
 * drives the adapter's {@code CallControl} as the real one does), so adapters are tested without
 * the real IVR and routing; and {@link org.cityline.telephony.testing.LogCapture} to search log
 * output for digits that must never appear.
 */
package org.cityline.telephony.testing;
