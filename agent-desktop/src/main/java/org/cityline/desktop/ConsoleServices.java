package org.cityline.desktop;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.cityline.accounts.staff.StaffAdministration;
import org.cityline.routing.IntervalStore;

/**
 * What sign-in, the supervisor's console and the administrator's pages need beyond the agent's
 * desk.
 *
 * @param lockout sign-in failures and locks (in the app shared by every node through Hazelcast)
 * @param leads specialists made temporary lead
 * @param maxSessionAge how long a sign-in lasts, however active the session (a shift)
 * @param staffAdmin the administrator's changes to the staff directory, when the store allows them
 * @param announcements the IVR's emergency announcement
 * @param intervals routing's 15-minute interval rows, for reports
 */
public record ConsoleServices(
    SignInLockout lockout,
    TemporaryLeads leads,
    Duration maxSessionAge,
    Optional<StaffAdministration> staffAdmin,
    AnnouncementDesk announcements,
    IntervalStore intervals) {

  public ConsoleServices {
    Objects.requireNonNull(lockout, "lockout");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(staffAdmin, "staffAdmin");
    Objects.requireNonNull(announcements, "announcements");
    Objects.requireNonNull(intervals, "intervals");
    if (maxSessionAge == null || maxSessionAge.toMinutes() < 10) {
      throw new IllegalArgumentException(
          "a desktop sign-in lasts at least 10 minutes; was " + maxSessionAge);
    }
  }

  /** The standard lockout, 12-hour sign-ins, no staff changes, announcements or reports. */
  public static ConsoleServices defaults(Clock clock) {
    return new ConsoleServices(
        new SignInLockout(SignInLockout.Policy.standard(), clock),
        new TemporaryLeads(clock),
        Duration.ofHours(12),
        Optional.empty(),
        AnnouncementDesk.none(),
        IntervalStore.NONE);
  }

  public ConsoleServices withStaffAdmin(StaffAdministration admin) {
    return new ConsoleServices(
        lockout, leads, maxSessionAge, Optional.of(admin), announcements, intervals);
  }

  public ConsoleServices withAnnouncements(AnnouncementDesk desk) {
    return new ConsoleServices(lockout, leads, maxSessionAge, staffAdmin, desk, intervals);
  }

  public ConsoleServices withIntervals(IntervalStore store) {
    return new ConsoleServices(lockout, leads, maxSessionAge, staffAdmin, announcements, store);
  }

  public ConsoleServices withMaxSessionAge(Duration age) {
    return new ConsoleServices(lockout, leads, age, staffAdmin, announcements, intervals);
  }
}
