package org.cityline.routing;

import java.time.Instant;

/**
 * One thing the caller did in the IVR, as an agent reads it on the screen pop: "Identified by
 * caller number", "Heard balance", "Pressed 0 from the main menu".
 *
 * @param step a stable step name ("identify", "balance", "agent-request")
 * @param summary what happened, in words, in English for the agent; never card or bank digits
 * @param at when
 */
public record TrailStep(String step, String summary, Instant at) {}
