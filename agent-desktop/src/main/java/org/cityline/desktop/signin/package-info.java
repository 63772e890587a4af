/**
 * Signing in to the desktop: the sign-in page and the root address that sends each member of staff
 * to the page their role opens. The checks themselves (password, audit, one message for all
 * refusals) are {@link org.cityline.desktop.SignIn}'s.
 */
package org.cityline.desktop.signin;
