/**
 * Test fixtures shared with every module through this module's test jar: a clock and a scheduler
 * that tests move by hand, so no test sleeps.
 */
package org.cityline.common.testing;
