package org.cityline.desktop;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What agents have typed and not yet submitted (wrap-up notes, escalation notes, account forms),
 * kept on the server per agent so that a reload or a dropped connection loses nothing. Keys name
 * the field and the contact it belongs to ({@code "wrapup-note/c-1"}). Card and bank digits are
 * never kept: the payment form does not draft them.
 *
 * <p>Bounded: at most {@link #MOST_FIELDS} fields per agent of at most {@link #MOST_CHARS}
 * characters each; longer texts are not kept (the form refuses them anyway).
 */
public final class DeskDrafts {

  public static final int MOST_FIELDS = 64;
  public static final int MOST_CHARS = 8_000;

  private final Map<String, Map<String, String>> byAgent = new ConcurrentHashMap<>();

  /** Keeps a draft; an empty text forgets it. */
  public synchronized void keep(String agent, String field, String text) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(field, "field");
    if (text == null || text.isEmpty()) {
      forget(agent, field);
      return;
    }
    if (text.length() > MOST_CHARS) {
      return;
    }
    byAgent.compute(
        agent,
        (who, fields) -> {
          Map<String, String> kept = fields == null ? new HashMap<>() : fields;
          if (kept.size() < MOST_FIELDS || kept.containsKey(field)) {
            kept.put(field, text);
          }
          return kept;
        });
  }

  /** The draft of a field, if one is kept. */
  public synchronized Optional<String> draft(String agent, String field) {
    return Optional.ofNullable(byAgent.getOrDefault(agent, Map.of()).get(field));
  }

  /** Forgets one field (once submitted). */
  public synchronized void forget(String agent, String field) {
    byAgent.computeIfPresent(
        agent,
        (who, fields) -> {
          fields.remove(field);
          return fields.isEmpty() ? null : fields;
        });
  }

  /** Forgets every field of a contact (once its wrap-up is finished). */
  public synchronized void forgetContact(String agent, String contact) {
    byAgent.computeIfPresent(
        agent,
        (who, fields) -> {
          fields.keySet().removeIf(key -> key.endsWith("/" + contact));
          return fields.isEmpty() ? null : fields;
        });
  }

  /** How many fields are kept for an agent. */
  public synchronized int size(String agent) {
    return byAgent.getOrDefault(agent, Map.of()).size();
  }
}
