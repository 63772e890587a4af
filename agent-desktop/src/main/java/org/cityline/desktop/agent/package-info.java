/**
 * The agent's desk: state control with the time in state, the screen pop that shows a caller's
 * account the moment routing offers the call, the call controls (accept, hold, resume, hang up) and
 * the wrap-up with its disposition and note. Views take {@link
 * org.cityline.desktop.DesktopServices} through their constructors and learn of routing changes by
 * push ({@link org.cityline.desktop.ui.RoutingFeed}).
 */
package org.cityline.desktop.agent;
