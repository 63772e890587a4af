/**
 * End-to-end tests on the packaged app: the jar started as a separate process, callers through the
 * simulator's HTTP API, agents in a real headless Chromium, and the database read back.
 */
package org.cityline.app.e2e;
