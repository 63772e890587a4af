/** Tests of the event codec and of events across two clustered Vert.x nodes. */
package org.cityline.routing.vertx;
