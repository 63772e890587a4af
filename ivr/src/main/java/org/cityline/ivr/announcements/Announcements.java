package org.cityline.ivr.announcements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.Usernames;
import org.cityline.common.Language;

/**
 * The supervisor's emergency announcement, as the IVR plays it and as the supervisor's screen
 * (issue 7) sets it: {@link #publish}, {@link #withdraw}, {@link #all}, and {@link #current} for
 * the IVR. Every change is audited. When several overlap, callers hear the most recently set.
 */
public final class Announcements {

  /** The most characters in one language's text. */
  public static final int MAX_TEXT = 400;

  /** The longest an announcement may run. */
  public static final Duration LONGEST = Duration.ofDays(7);

  private final AnnouncementStore store;
  private final AuditTrail audit;
  private final Clock clock;

  public Announcements(AnnouncementStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Checks and publishes an announcement; a refusal says why and changes nothing. */
  public AnnouncementResult publish(AnnouncementRequest request) {
    Optional<String> problem = problem(request);
    if (problem.isPresent()) {
      return new AnnouncementResult.Refused(problem.get());
    }
    Map<Language, String> text = new EnumMap<>(Language.class);
    request.text().forEach((language, words) -> text.put(language, words.strip()));
    EmergencyAnnouncement announcement =
        new EmergencyAnnouncement(
            UUID.randomUUID().toString(),
            text,
            request.start(),
            request.end(),
            request.setBy(),
            clock.instant());
    store.put(announcement);
    audit.record(
        new AuditEntry(
            announcement.setAt(),
            request.setBy(),
            Optional.empty(),
            Optional.empty(),
            "ivr-announcement-set",
            "announcement "
                + announcement.id()
                + " from "
                + request.start()
                + " to "
                + request.end()
                + ": "
                + abbreviate(text.get(Language.ENGLISH))));
    return new AnnouncementResult.Published(announcement);
  }

  /** Stops an announcement now; false if there is no such announcement. */
  public boolean withdraw(String id, String by) {
    Usernames.require("who withdraws an announcement", by);
    if (id == null || !store.remove(id)) {
      return false;
    }
    audit.record(
        new AuditEntry(
            clock.instant(),
            by,
            Optional.empty(),
            Optional.empty(),
            "ivr-announcement-withdrawn",
            "announcement " + id + " withdrawn"));
    return true;
  }

  /** The announcement callers hear now, if any: the most recently set of those active. */
  public Optional<EmergencyAnnouncement> current(Instant at) {
    return store.all().stream()
        .filter(a -> a.activeAt(at))
        .max(Comparator.comparing(EmergencyAnnouncement::setAt));
  }

  /** Every announcement not yet ended, soonest first. */
  public List<EmergencyAnnouncement> all() {
    Instant now = clock.instant();
    return store.all().stream()
        .filter(a -> a.end().isAfter(now))
        .sorted(Comparator.comparing(EmergencyAnnouncement::start))
        .toList();
  }

  private Optional<String> problem(AnnouncementRequest request) {
    if (request == null
        || request.text() == null
        || request.start() == null
        || request.end() == null) {
      return Optional.of("An announcement needs its text, a start and an end.");
    }
    if (!Usernames.isValid(request.setBy())) {
      return Optional.of("An announcement needs the user name of the supervisor who sets it.");
    }
    for (Language language : Language.values()) {
      String words = request.text().get(language);
      if (words == null || words.isBlank()) {
        return Optional.of("The announcement needs its " + language.tag() + " text.");
      }
      if (words.strip().length() > MAX_TEXT) {
        return Optional.of(
            "The " + language.tag() + " text is longer than " + MAX_TEXT + " characters.");
      }
      if (words.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
        return Optional.of(
            "The "
                + language.tag()
                + " text may hold words only: no markup or control characters.");
      }
    }
    if (!request.end().isAfter(request.start())) {
      return Optional.of("An announcement ends after it starts.");
    }
    if (!request.end().isAfter(clock.instant())) {
      return Optional.of("That announcement would already be over.");
    }
    if (Duration.between(request.start(), request.end()).compareTo(LONGEST) > 0) {
      return Optional.of("An announcement runs at most seven days; set a new one after.");
    }
    return Optional.empty();
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
