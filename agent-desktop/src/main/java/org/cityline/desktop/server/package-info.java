/**
 * The desktop's web server: embedded Jetty 12.1 (EE11) with the Vaadin servlet in production mode,
 * the websocket container for server push, and mounts for other handlers ahead of Vaadin ({@link
 * org.cityline.desktop.server.DesktopServer}, {@link org.cityline.desktop.server.Mount}); the page
 * shell ({@link org.cityline.desktop.server.DesktopShell}); and the instantiator that builds views
 * with their {@link org.cityline.desktop.DesktopServices} ({@link
 * org.cityline.desktop.server.DesktopInstantiator}).
 */
package org.cityline.desktop.server;
