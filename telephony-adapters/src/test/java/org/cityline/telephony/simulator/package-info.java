/** Tests of the simulated phone network, including its run of the telephony contract. */
package org.cityline.telephony.simulator;
