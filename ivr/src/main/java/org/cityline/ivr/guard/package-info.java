/**
 * Brute-force protection for identification: {@link org.cityline.ivr.guard.IdentificationGuard}
 * counts failed attempts per account across the cluster and locks that account's self-service
 * ({@link org.cityline.ivr.guard.GuardPolicy}: 5 in 15 minutes lock for 30). The counting rule is
 * the pure {@link org.cityline.ivr.guard.FailureWindow}; the Hazelcast store lives in {@code
 * org.cityline.ivr.hazelcast}.
 */
package org.cityline.ivr.guard;
