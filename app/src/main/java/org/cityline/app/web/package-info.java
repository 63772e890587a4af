/**
 * The node's web front: Jetty on the public web port serves the Vaadin desktop and passes the paths
 * Vert.x serves ({@code /api/}, {@code /health}, {@code /phone}) to the Vert.x HTTP server on a
 * loopback port, so users and webhooks need one address per node.
 */
package org.cityline.app.web;
