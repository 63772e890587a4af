/** The interval store's contract on H2 and on a real PostgreSQL. */
package org.cityline.routing.jdbc;
