/**
 * The composition root: the only package that sees every module. {@link org.cityline.app.Cityline}
 * reads the configuration, starts one node and prints where it serves.
 */
package org.cityline.app;
