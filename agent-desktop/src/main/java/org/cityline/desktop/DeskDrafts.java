package org.cityline.desktop;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What agents have typed and not yet submitted (wrap-up notes, escalation notes, account forms),
 * kept on the server per agent so that a reload or a dropped connection loses nothing. Keys name
 * the field and the contact it belongs to ({@code "wrapup-note/c-1"}). Card and bank digits are
 * never kept: the payment form does not draft them.
 *
 * <p>Bounded: at most {@link #MOST_FIELDS} fields per agent of at most {@link #MOST_CHARS}
 * characters each; longer texts are not kept (the form refuses them anyway). Where they are kept is
 * the {@link DraftStore}: in the app a Hazelcast map, so every node sees them.
 */
public final class DeskDrafts {

  public static final int MOST_FIELDS = 64;
  public static final int MOST_CHARS = 8_000;

  private final DraftStore store;

  /** Drafts in this node's memory. */
  public DeskDrafts() {
    this(DraftStore.inMemory());
  }

  public DeskDrafts(DraftStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Keeps a draft; an empty text forgets it. */
  public void keep(String agent, String field, String text) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(field, "field");
    if (text == null || text.isEmpty()) {
      forget(agent, field);
      return;
    }
    if (text.length() > MOST_CHARS) {
      return;
    }
    if (text.equals(store.fields(agent).get(field))) {
      return;
    }
    store.update(
        agent,
        kept -> {
          if (kept.size() < MOST_FIELDS || kept.containsKey(field)) {
            kept.put(field, text);
          }
          return kept;
        });
  }

  /** The draft of a field, if one is kept. */
  public Optional<String> draft(String agent, String field) {
    return Optional.ofNullable(store.fields(agent).get(field));
  }

  /** Forgets one field (once submitted). */
  public void forget(String agent, String field) {
    if (!store.fields(agent).containsKey(field)) {
      return;
    }
    store.update(
        agent,
        kept -> {
          kept.remove(field);
          return kept;
        });
  }

  /** Forgets every field of a contact (once its wrap-up is finished). */
  public void forgetContact(String agent, String contact) {
    if (store.fields(agent).keySet().stream().noneMatch(key -> key.endsWith("/" + contact))) {
      return;
    }
    store.update(
        agent,
        kept -> {
          kept.keySet().removeIf(key -> key.endsWith("/" + contact));
          return kept;
        });
  }

  /** How many fields are kept for an agent. */
  public int size(String agent) {
    return store.fields(agent).size();
  }

  /** Every field kept for an agent (for tests and checks). */
  public Map<String, String> all(String agent) {
    return store.fields(agent);
  }
}
