/**
 * The administrator's pages: the staff directory (create members, disable them, reset passwords,
 * roles, skills and levels, phone device). {@code StaffEditor} is plain Java: it checks what was
 * typed, hashes passwords and audits every change; {@code UsersView} is the page over it.
 */
package org.cityline.desktop.admin;
