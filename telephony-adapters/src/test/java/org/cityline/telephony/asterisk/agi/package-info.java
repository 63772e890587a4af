/** Tests of the FastAGI side: the captured sessions replayed through Asterisk-Java. */
package org.cityline.telephony.asterisk.agi;
