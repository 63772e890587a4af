/**
 * Cityline's configuration: one documented properties file of defaults ({@code cityline.properties}
 * on the class path), an optional file of the operator's own, and environment variables that
 * override any key. {@link org.cityline.app.config.ConfigLoader} merges them; {@link
 * org.cityline.app.config.CitylineConfig#from} checks every value and fails with one message that
 * names each bad key and what is wrong with it.
 */
package org.cityline.app.config;
