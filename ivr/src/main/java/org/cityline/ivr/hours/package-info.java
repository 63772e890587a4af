/**
 * When people answer the phones ({@link org.cityline.ivr.hours.BusinessHours}): the IVR offers a
 * callback instead of a person outside them. Plain Java, used by the engine.
 */
package org.cityline.ivr.hours;
