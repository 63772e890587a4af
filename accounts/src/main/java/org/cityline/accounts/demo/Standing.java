package org.cityline.accounts.demo;

import java.util.SplittableRandom;

/** Where a generated account stands, drawn with the weights below (per thousand accounts). */
enum Standing {
  /** Pays every bill. */
  GOOD(755),
  /** Opened during the last year; pays every bill. */
  NEW(50),
  /** Two or three bills behind. */
  DELINQUENT(40),
  /** Three or four bills behind, with a disconnect for non-payment scheduled. */
  DISCONNECT_PENDING(35),
  /** Behind, with an active payment arrangement or extension. */
  ARRANGEMENT(40),
  /** Made an arrangement, missed an instalment, still behind. */
  BROKEN_ARRANGEMENT(10),
  /** Fell behind early in the year, paid it off through an arrangement. */
  PAID_OFF(20),
  /** Service was shut off for non-payment. */
  DISCONNECTED(20),
  /** Service stopped at the customer's request; final bill issued. */
  CLOSED(30);

  private final int perThousand;

  Standing(int perThousand) {
    this.perThousand = perThousand;
  }

  static Standing draw(SplittableRandom random) {
    int roll = random.nextInt(1000);
    for (Standing standing : values()) {
      roll -= standing.perThousand;
      if (roll < 0) {
        return standing;
      }
    }
    throw new IllegalStateException("the weights add up to 1000");
  }

  /** Whether the customer is in good standing (may have SurePay, Budget Billing...). */
  boolean inGoodStanding() {
    return this == GOOD || this == NEW || this == PAID_OFF;
  }
}
