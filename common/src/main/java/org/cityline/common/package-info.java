/**
 * The few types every Cityline module shares: the caller's {@link org.cityline.common.Language},
 * {@link org.cityline.common.PhoneNumber} and the {@link org.cityline.common.ContactId} that ties a
 * caller's interaction together across the IVR, routing, the agent desktop and the account store.
 *
 * <p>Nothing here depends on a framework: it is plain Java, so the domain modules above it stay
 * free of vendor types.
 */
package org.cityline.common;
