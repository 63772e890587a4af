package org.cityline.accounts.desk;

/** What the service is for, which sets the deposit. */
public enum AccountType {
  RESIDENTIAL,
  COMMERCIAL
}
