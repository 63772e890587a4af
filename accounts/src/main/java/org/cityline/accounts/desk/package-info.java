/**
 * Account work an agent does on a call beyond what customers do themselves: cancelling programs,
 * due-date changes, service orders for field crews, bill adjustments (large ones wait for a
 * supervisor's approval) and deposit quotes. Every change is audited with the contact it came from.
 */
package org.cityline.accounts.desk;
