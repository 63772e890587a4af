/**
 * The supervisor's reports: the 15-minute interval report and the daily summary (per queue and per
 * agent, with IVR containment), drawn as server-side SVG and exported as CSV, and the Erlang C
 * staffing calculator. Everything but {@code ReportsView} is plain Java.
 */
package org.cityline.desktop.reports;
