/**
 * FastAGI: Asterisk-Java's AGI server on virtual threads behind a PBX allow-list, the script that
 * runs Cityline's IVR on an AGI channel, and the rendering of prompts as sound files and say
 * commands.
 */
package org.cityline.telephony.asterisk.agi;
