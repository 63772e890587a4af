/**
 * The supervisor's emergency announcement (an outage, a storm) that every caller hears first:
 * {@link org.cityline.ivr.announcements.Announcements} is the API for the IVR and for the
 * supervisor's screen (issue 7), over an {@link org.cityline.ivr.announcements.AnnouncementStore}
 * shared by the cluster (a Hazelcast map in {@code org.cityline.ivr.hazelcast}).
 */
package org.cityline.ivr.announcements;
