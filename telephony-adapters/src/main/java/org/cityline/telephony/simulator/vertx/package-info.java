/**
 * The simulator across a cluster: each node's simulated phone network carries the calls placed on
 * that node, and {@link org.cityline.telephony.simulator.vertx.ClusteredSimulator} passes a call
 * control request for another node's call to that node over the clustered event bus, so an agent
 * signed in on any node can take a call placed on any other.
 */
package org.cityline.telephony.simulator.vertx;
