/** Tests of the AMI side: captured event streams through Asterisk-Java, login refusals. */
package org.cityline.telephony.asterisk.ami;
