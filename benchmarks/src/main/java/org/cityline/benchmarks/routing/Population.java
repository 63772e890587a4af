package org.cityline.benchmarks.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;

/**
 * A city utility's contact center at a busy moment, the same on every run (fixed seed): callers in
 * the nine queues in realistic shares, with an IVR trail each, and staff with realistic skills.
 */
final class Population {

  static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");

  /** Queue and share of callers (per thousand). */
  private static final List<Map.Entry<String, Integer>> QUEUE_SHARES =
      List.of(
          Map.entry("billing", 400),
          Map.entry("payments", 150),
          Map.entry("credit", 100),
          Map.entry("start-stop", 100),
          Map.entry("outages", 100),
          Map.entry("spanish", 80),
          Map.entry("specialists", 40),
          Map.entry("supervisors", 20),
          Map.entry("emergency", 10));

  private Population() {}

  /** The queue of the {@code index}-th caller. */
  static String queueOf(int index) {
    int slot = (int) ((index * 7919L) % 1000);
    int sum = 0;
    for (Map.Entry<String, Integer> share : QUEUE_SHARES) {
      sum += share.getValue();
      if (slot < sum) {
        return share.getKey();
      }
    }
    return "billing";
  }

  /** A caller as the IVR hands them over, waiting since up to 30 minutes before {@code now}. */
  static ContactRequest caller(String id, String queue, Instant arrived) {
    return new ContactRequest(
        new ContactId(id),
        new CallId("sim", "call-" + id),
        Optional.of(
            PhoneNumber.of(
                "+1505555"
                    + String.format(
                        java.util.Locale.ROOT, "%04d", Math.abs(id.hashCode()) % 10_000))),
        Language.ENGLISH,
        Optional.of(new AccountNumber("1234567890")),
        true,
        List.of(
            new TrailStep("identify", "Identified by caller number", arrived),
            new TrailStep("balance", "Heard balance $82.17 due 2026-03-15", arrived),
            new TrailStep("agent-request", "Pressed 0 at the main menu", arrived)),
        "pressed 0 at the main menu",
        new QueueId(queue),
        0,
        arrived);
  }

  /** {@code count} callers, spread over the last 30 minutes. */
  static List<ContactRequest> callers(int count, Instant now) {
    List<ContactRequest> callers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Instant arrived = now.minus(Duration.ofMillis((i * 179L) % 1_800_000));
      callers.add(caller("w" + i, queueOf(i), arrived));
    }
    return callers;
  }

  /** {@code count} agents with a realistic mix of skills and lines. */
  static List<StaffMember> staff(int count) {
    Random random = new Random(42);
    List<StaffMember> staff = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = i % 100;
      Map<String, Integer> skills;
      if (kind < 60) {
        skills = Map.of("billing", 2 + random.nextInt(3));
      } else if (kind < 75) {
        skills = Map.of("billing", 3, "credit", 3 + random.nextInt(3));
      } else if (kind < 88) {
        skills = Map.of("billing", 2, "spanish", 3 + random.nextInt(3));
      } else if (kind < 97) {
        skills = Map.of("billing", 4, "specialist", 3 + random.nextInt(3));
      } else {
        skills = Map.of("billing", 5, "supervisor", 4);
      }
      staff.add(
          new StaffMember(
              "agent" + i,
              "Agent " + i,
              Role.REPRESENTATIVE,
              "-",
              "sim:agent" + i,
              skills,
              i % 10 == 0 ? 2 : 1,
              true));
    }
    return staff;
  }
}
