/**
 * The queue configuration as a file: {@code QueueFile} reads and writes it (every problem named
 * with its line, queue and field), with its small parts for durations, skills and business hours.
 * Plain Java: the launcher, the admin API and the shared configuration all use it.
 */
package org.cityline.routing.config;
