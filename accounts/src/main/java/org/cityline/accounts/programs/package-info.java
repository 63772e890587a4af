/**
 * Billing programs customers join by themselves (e-bill, Budget Billing): the rules in {@link
 * org.cityline.accounts.programs.ProgramRules}, the port {@link
 * org.cityline.accounts.programs.Programs}.
 */
package org.cityline.accounts.programs;
