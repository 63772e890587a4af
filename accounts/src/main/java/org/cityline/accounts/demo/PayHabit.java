package org.cityline.accounts.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;

/**
 * How a customer pays: the method and channel they use, the last four of their card or bank
 * account, and when in the cycle they pay.
 */
record PayHabit(
    PaymentMethod method, PaymentChannel channel, Optional<String> lastFour, Timing timing) {

  enum Timing {
    /** SurePay: drafted on the due date. */
    ON_DUE_DATE,
    /** Some days before the due date. */
    EARLY,
    /** A few days after the due date (and a late fee on the next bill). */
    LATE,
    /** Exactly two days before the due date: showcase customers, whose dates are documented. */
    TWO_DAYS_BEFORE_DUE
  }

  static PayHabit surePay(SplittableRandom random) {
    return new PayHabit(
        PaymentMethod.BANK,
        PaymentChannel.AUTOPAY,
        Optional.of(lastFour(random)),
        Timing.ON_DUE_DATE);
  }

  /** A habit drawn from the city's mix of methods; one customer in ten pays late. */
  static PayHabit random(SplittableRandom random) {
    Timing timing = random.nextInt(10) == 0 ? Timing.LATE : Timing.EARLY;
    int roll = random.nextInt(100);
    if (roll < 45) {
      int channel = random.nextInt(100);
      PaymentChannel via =
          channel < 60
              ? PaymentChannel.WEB
              : channel < 85 ? PaymentChannel.IVR : PaymentChannel.AGENT;
      return new PayHabit(PaymentMethod.CARD, via, Optional.of(lastFour(random)), timing);
    }
    if (roll < 65) {
      return new PayHabit(
          PaymentMethod.BANK, PaymentChannel.WEB, Optional.of(lastFour(random)), timing);
    }
    if (roll < 85) {
      return new PayHabit(PaymentMethod.CHECK, PaymentChannel.MAIL, Optional.empty(), timing);
    }
    return new PayHabit(PaymentMethod.CASH, PaymentChannel.OFFICE, Optional.empty(), timing);
  }

  /** When this customer pays a bill. */
  LocalDate payDate(LocalDate issued, LocalDate due, SplittableRandom random) {
    return switch (timing) {
      case ON_DUE_DATE -> due;
      case TWO_DAYS_BEFORE_DUE -> due.minusDays(2);
      case LATE -> due.plusDays(1 + random.nextInt(6));
      case EARLY -> {
        LocalDate date = due.minusDays(random.nextInt(13));
        yield date.isBefore(issued.plusDays(2)) ? issued.plusDays(2) : date;
      }
    };
  }

  private static String lastFour(SplittableRandom random) {
    return String.valueOf(1000 + random.nextInt(9000));
  }
}
