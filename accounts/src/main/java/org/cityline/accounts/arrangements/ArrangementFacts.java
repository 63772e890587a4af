package org.cityline.accounts.arrangements;

import java.time.LocalDate;
import java.util.Optional;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.Money;

/**
 * What the arrangement rules look at about an account.
 *
 * @param status active, disconnected or closed
 * @param pastDue the past-due amount today
 * @param activeArrangement whether an arrangement or extension is in force
 * @param lastBroken when the most recent broken arrangement was made, if any
 * @param currentDueDate when the current bill falls due, if anything was billed
 * @param today the day, in the utility's zone
 */
public record ArrangementFacts(
    AccountStatus status,
    Money pastDue,
    boolean activeArrangement,
    Optional<LocalDate> lastBroken,
    Optional<LocalDate> currentDueDate,
    LocalDate today) {}
