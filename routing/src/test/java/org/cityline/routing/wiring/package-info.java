/** Tests of routing as the launcher starts it. */
package org.cityline.routing.wiring;
