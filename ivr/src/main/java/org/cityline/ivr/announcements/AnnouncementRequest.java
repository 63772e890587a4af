package org.cityline.ivr.announcements;

import java.time.Instant;
import java.util.Map;
import org.cityline.common.Language;

/**
 * A supervisor's announcement to publish (the supervisor's screen builds one).
 *
 * @param text the words per language; every language Cityline speaks, 1 to {@value
 *     Announcements#MAX_TEXT} characters each, plain words (no markup)
 * @param start when callers start hearing it
 * @param end when they stop; after the start, at most {@link Announcements#LONGEST} later
 * @param setBy the supervisor's user name
 */
public record AnnouncementRequest(
    Map<Language, String> text, Instant start, Instant end, String setBy) {}
