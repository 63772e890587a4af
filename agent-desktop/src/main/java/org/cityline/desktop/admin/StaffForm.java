package org.cityline.desktop.admin;

/**
 * A staff member as typed into the administrator's form, unchecked.
 *
 * @param username the sign-in name
 * @param displayName the name colleagues see
 * @param role the role's name (REPRESENTATIVE, SPECIALIST, SUPERVISOR, ADMINISTRATOR)
 * @param device the phone: {@code PJSIP/<endpoint>}, {@code client:<Twilio identity>} or {@code
 *     sim:<desk phone>}
 * @param skills skills and levels, "billing=3, spanish=4" (may be empty)
 * @param lines how many calls at once, "1" to "4"
 */
public record StaffForm(
    String username, String displayName, String role, String device, String skills, String lines) {}
