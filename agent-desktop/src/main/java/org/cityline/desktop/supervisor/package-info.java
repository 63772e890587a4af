/**
 * The supervisor's view: live queue tiles (waiting, longest wait, agents by state) and the grid of
 * agents with their state and time in state, loaded from routing's snapshots and then changed by
 * batched server push.
 */
package org.cityline.desktop.supervisor;
