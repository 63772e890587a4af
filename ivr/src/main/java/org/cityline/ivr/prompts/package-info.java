/**
 * What callers hear: prompt ids with texts per language in resource bundles ({@code
 * prompts_en_US.properties}, {@code prompts_es_US.properties}), rendered by {@link
 * org.cityline.ivr.prompts.PromptRenderer} into {@code Prompt}s whose amounts, dates, digits and
 * numbers are worded by {@link org.cityline.ivr.prompts.Speech} for each language, never by the
 * machine's default locale.
 */
package org.cityline.ivr.prompts;
