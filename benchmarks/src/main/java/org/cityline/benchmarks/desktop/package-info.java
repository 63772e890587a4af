/**
 * The agent desktop's screen-pop latency and heap per signed-in agent session, measured in headless
 * Chromium (see {@link org.cityline.benchmarks.desktop.ScreenPopLatency}).
 */
package org.cityline.benchmarks.desktop;
