/**
 * The IVR engine. A {@link org.cityline.ivr.flow.Flow} is data: an immutable graph of {@link
 * org.cityline.ivr.flow.Step}s (say, menu, entry, branch, set language, action, transfer, hang up),
 * checked by {@link org.cityline.ivr.flow.FlowValidator} before use. {@link
 * org.cityline.ivr.flow.FlowEngine#next} is a pure function from a {@link
 * org.cityline.ivr.flow.Session} and a {@link org.cityline.ivr.flow.FlowEvent} to a {@link
 * org.cityline.ivr.flow.Transition}: the new session, the call commands, and at most one {@link
 * org.cityline.ivr.flow.PortCall} for the runtime to make. No I/O happens here.
 */
package org.cityline.ivr.flow;
