/**
 * Flow files: a call flow as text a city can read, change and load instead of the built-in flow
 * ({@link org.cityline.ivr.flowfile.FlowFile}), written and read back to the same flow, with errors
 * that name the line and the step.
 */
package org.cityline.ivr.flowfile;
