/**
 * Messages to customers (text messages, e-mail): the port {@link
 * org.cityline.accounts.messaging.Messaging} and its default, the {@link
 * org.cityline.accounts.messaging.SandboxOutbox}, which keeps messages instead of sending them.
 */
package org.cityline.accounts.messaging;
