package org.cityline.accounts.jdbc;

import java.sql.SQLException;

/** Recognising the database errors that are expected outcomes. */
final class SqlErrors {

  /** SQLSTATE of a unique or primary key violation, in H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

  /** Whether the failure (or one of its causes) is a duplicate key. */
  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
