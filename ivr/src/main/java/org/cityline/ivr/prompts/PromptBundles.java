package org.cityline.ivr.prompts;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.cityline.common.Language;

/**
 * Prompt texts from resource bundles {@code <base>_en_US.properties} and {@code
 * <base>_es_US.properties} (UTF-8). Bundles are looked up without falling back to the machine's
 * default locale, so a server running in German still speaks English and Spanish.
 */
public final class PromptBundles implements PromptCatalog {

  /** The bundles shipped with Cityline. */
  public static final String CITYLINE = "org.cityline.ivr.prompts.prompts";

  private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

  private PromptBundles(String baseName) {
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Language language : Language.values()) {
      try {
        bundles.put(
            language,
            ResourceBundle.getBundle(
                baseName, language.locale(), PromptBundles.class.getClassLoader(), exact));
      } catch (MissingResourceException e) {
        throw new IllegalStateException(
            "no prompt bundle "
                + baseName
                + " for "
                + language.tag()
                + ": add "
                + baseName.replace('.', '/')
                + "_"
                + language.locale().toString()
                + ".properties to the class path",
            e);
      }
    }
  }

  /** Cityline's own prompts. */
  public static PromptBundles cityline() {
    return new PromptBundles(CITYLINE);
  }

  /** Prompts from other bundles (a city's own wording). */
  public static PromptBundles load(String baseName) {
    return new PromptBundles(baseName);
  }

  @Override
  public Optional<String> text(Language language, String id) {
    ResourceBundle bundle = bundles.get(language);
    return bundle.containsKey(id) ? Optional.of(bundle.getString(id)) : Optional.empty();
  }

  @Override
  public Set<String> ids(Language language) {
    return bundles.get(language).keySet();
  }
}
