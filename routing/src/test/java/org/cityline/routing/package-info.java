/** Tests of the routing domain: the transition table, commands, the decision, wrap-up rules. */
package org.cityline.routing;
