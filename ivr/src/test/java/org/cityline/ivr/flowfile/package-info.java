/**
 * Tests of flow files: writing and reading back, the committed main flow, and files with errors.
 */
package org.cityline.ivr.flowfile;
