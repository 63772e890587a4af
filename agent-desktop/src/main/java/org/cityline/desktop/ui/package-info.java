/**
 * What the desktop's Vaadin views share: the frame with the header and sign-out ({@link
 * org.cityline.desktop.ui.DesktopLayout}), the role gate ({@link org.cityline.desktop.ui.Access}),
 * the signed-in user in the session, notifications, the browser-side ticking clock, and the bridge
 * that brings routing events to a view by batched server push ({@link
 * org.cityline.desktop.ui.RoutingFeed}).
 */
package org.cityline.desktop.ui;
