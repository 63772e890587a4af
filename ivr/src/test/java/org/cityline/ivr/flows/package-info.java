/** The main flow driven key by key through the runtime, in English and Spanish. */
package org.cityline.ivr.flows;
