/**
 * The agent desktop's own rules, in plain Java: what the desktop needs from the rest of Cityline
 * ({@link org.cityline.desktop.DesktopServices}), signing staff in ({@link
 * org.cityline.desktop.SignIn}), the disposition codes of wrap-up, the rules for typed text, and
 * the batching of routing events into at most a few browser updates a second ({@link
 * org.cityline.desktop.EventBatcher}).
 *
 * <p>This package imports no Vaadin or Jetty type. The server lives in {@code .server}; the views
 * in {@code .signin}, {@code .agent} and {@code .supervisor}; pieces they share in {@code .ui}.
 */
package org.cityline.desktop;
