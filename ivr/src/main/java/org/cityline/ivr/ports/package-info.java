/**
 * The IVR's port calls, by the port they use: identification and the balance ({@link
 * org.cityline.ivr.ports.IdentityCalls}), payments ({@link org.cityline.ivr.ports.PaymentCalls}),
 * account changes ({@link org.cityline.ivr.ports.AccountCalls}) and routing ({@link
 * org.cityline.ivr.ports.RoutingCalls}). Each turns a port's answer into a {@code PortResult} with
 * session values and a trail note in English for the agent (never card or bank digits).
 */
package org.cityline.ivr.ports;
