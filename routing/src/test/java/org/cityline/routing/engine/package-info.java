/** Router scenarios, written once and run over in-memory and real Hazelcast stores. */
package org.cityline.routing.engine;
