/**
 * Card and bank payments: digits go from a masked entry to the {@link
 * org.cityline.accounts.payments.PaymentGateway} only (as {@link
 * org.cityline.accounts.payments.SensitiveDigits}, which never print themselves); the gateway
 * answers with a {@link org.cityline.accounts.payments.PaymentToken}; {@link
 * org.cityline.accounts.payments.Payments} charges idempotently by key through a ledger of attempts
 * so that nothing is charged twice or left half-recorded. The checks every processor makes are
 * {@link org.cityline.accounts.payments.PaymentChecks}.
 */
package org.cityline.accounts.payments;
