package org.cityline.accounts.demo;

/**
 * Hands out the demo city's row ids in generation order, so the same seed gives the same ids. They
 * stay below the 100,000,000 where the database's own identity values start.
 */
final class Ids {

  static final long LIMIT = 100_000_000L;

  private long customer;
  private long bill;
  private long payment;
  private long arrangement;
  private long order;
  private long note;

  long customer() {
    return next(++customer);
  }

  long bill() {
    return next(++bill);
  }

  long payment() {
    return next(++payment);
  }

  long arrangement() {
    return next(++arrangement);
  }

  long order() {
    return next(++order);
  }

  long note() {
    return next(++note);
  }

  private static long next(long id) {
    if (id >= LIMIT) {
      throw new IllegalStateException("the demo city is too big for its id range");
    }
    return id;
  }
}
