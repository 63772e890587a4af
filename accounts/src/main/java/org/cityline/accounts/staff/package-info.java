/**
 * The people who work in the contact center (representatives, specialists, supervisors,
 * administrators): their sign-in, role, skills and phone. The desktop signs them in; routing reads
 * their skills, line capacity and phone endpoint.
 */
package org.cityline.accounts.staff;
