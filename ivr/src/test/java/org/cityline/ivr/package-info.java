/** Tests of the IVR runtime with in-memory fakes of its ports, and its architecture rules. */
package org.cityline.ivr;
