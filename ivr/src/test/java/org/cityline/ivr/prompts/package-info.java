/**
 * Wording of amounts, dates, digits and numbers, and prompt rendering, under odd default locales.
 */
package org.cityline.ivr.prompts;
