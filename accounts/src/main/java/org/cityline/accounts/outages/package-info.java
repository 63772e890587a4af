/**
 * Outages: those the utility knows of by area (ZIP code) and customers' reports with a reference
 * number ({@link org.cityline.accounts.outages.Outages}).
 */
package org.cityline.accounts.outages;
