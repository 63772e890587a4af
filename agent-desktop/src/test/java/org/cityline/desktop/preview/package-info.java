/**
 * A look at the desktop in headless Chromium ({@link org.cityline.desktop.preview.DesktopPreview}):
 * a main, not a test, that saves screenshots.
 */
package org.cityline.desktop.preview;
