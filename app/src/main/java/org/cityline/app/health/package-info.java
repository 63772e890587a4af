/**
 * {@code GET /health}: each component of this node (cluster, event bus, database, telephony, web)
 * checks itself and the answer names each one with its state.
 */
package org.cityline.app.health;
