/** Tests of the telephony glue: the call director, the call-control router and call strands. */
package org.cityline.telephony;
