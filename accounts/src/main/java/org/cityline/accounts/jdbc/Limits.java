package org.cityline.accounts.jdbc;

/** Checks the row limits callers pass to list reads. */
final class Limits {

  private Limits() {}

  static void check(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new IllegalArgumentException("a limit is 1 to " + max + "; got " + limit);
    }
  }
}
