/** Tests of the engine alone (pure transitions) and of flow validation. */
package org.cityline.ivr.flow;
