/** Tests of the simulator's HTTP API and test-phone page, over a real Vert.x HTTP server. */
package org.cityline.telephony.simulator.http;
