/**
 * The utility's call flows, declared as data for the engine: {@link
 * org.cityline.ivr.flows.MainFlow} (welcome, Spanish offer, identification, balance, a person on
 * 0). New self-service flows are more steps here, plus prompts in both bundles.
 */
package org.cityline.ivr.flows;
