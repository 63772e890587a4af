package org.cityline.ivr.prompts;

import java.util.Optional;
import java.util.Set;
import org.cityline.common.Language;

/**
 * The wording of every prompt id in every language. A text may hold placeholders {@code {0}},
 * {@code {1}}, ... where a {@link PromptLine}'s values go, in the order the language needs.
 */
public interface PromptCatalog {

  /** The text of a prompt in a language, if the catalog has one. */
  Optional<String> text(Language language, String id);

  /** Every prompt id the catalog has in a language. */
  Set<String> ids(Language language);
}
