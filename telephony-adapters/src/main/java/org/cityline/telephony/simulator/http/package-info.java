/**
 * The simulator over HTTP (Vert.x Web): the JSON API under {@code /api/sim/calls} that the test
 * phone, tests and the load generator drive, and the test-phone page itself under {@code /phone}.
 * See {@link org.cityline.telephony.simulator.http.SimulatorApi} and the module's README for the
 * requests and answers.
 *
 * <p>Handlers run on the event loop and never block: the simulator only queues work for the call's
 * strand, where the (possibly blocking) call handler runs on a virtual thread.
 */
package org.cityline.telephony.simulator.http;
