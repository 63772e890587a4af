/**
 * Test fixtures for the desktop: an honest in-memory routing core ({@link
 * org.cityline.desktop.testing.FakeRoutingService}), fake customer information, contact history,
 * staff directory and audit trail, sample callers, and {@link
 * org.cityline.desktop.testing.DesktopFixture}, which wires them into {@code DesktopServices} with
 * a manual clock and scheduler.
 */
package org.cityline.desktop.testing;
