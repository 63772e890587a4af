/**
 * The sandbox payment gateway, the default for demos and tests: a processor's test mode with
 * documented test numbers ({@link org.cityline.accounts.payments.sandbox.SandboxNumbers}) that
 * approve, decline, fail or lose their answer. It keeps no digits.
 */
package org.cityline.accounts.payments.sandbox;
