package org.cityline.ivr.prompts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.Language;

/** A prompt catalog built in a test, e.g. Cityline's bundles with one text removed. */
public final class MapCatalog implements PromptCatalog {

  private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

  public MapCatalog() {
    for (Language language : Language.values()) {
      texts.put(language, new HashMap<>());
    }
  }

  /** A copy of another catalog, to change. */
  public static MapCatalog copyOf(PromptCatalog other) {
    MapCatalog copy = new MapCatalog();
    for (Language language : Language.values()) {
      for (String id : other.ids(language)) {
        copy.put(language, id, other.text(language, id).orElseThrow());
      }
    }
    return copy;
  }

  public MapCatalog put(Language language, String id, String text) {
    texts.get(language).put(id, text);
    return this;
  }

  public MapCatalog remove(Language language, String id) {
    texts.get(language).remove(id);
    return this;
  }

  @Override
  public Optional<String> text(Language language, String id) {
    return Optional.ofNullable(texts.get(language).get(id));
  }

  @Override
  public Set<String> ids(Language language) {
    return Set.copyOf(texts.get(language).keySet());
  }
}
