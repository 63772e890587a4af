/**
 * The IVR's flows driven key by key through the simulator over a demo city of their own ({@code
 * IvrLine}, {@code Caller}): every flow in English and Spanish, bad input of every kind, the PCI
 * search for card and bank numbers, other default locales, and the test phone in a real browser.
 */
package org.cityline.telephony.simulator.flows;
