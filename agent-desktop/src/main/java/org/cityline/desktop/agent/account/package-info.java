/**
 * Account work on the agent desk, beside the screen pop of the caller being talked to: payments
 * (masked), notes, arrangements, due day, program cancellation, service orders, bill adjustments
 * and deposit quotes. Each form is gated by role and refuses bad input with a message, changing
 * nothing; the accounts ports audit each change with the contact it came from.
 */
package org.cityline.desktop.agent.account;
