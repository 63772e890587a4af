package org.cityline.accounts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A service delivered to an account's service address.
 *
 * @param service which service
 * @param meterNumber the meter that measures it; none for unmetered services (solid waste)
 * @param since when service started
 */
public record AccountService(
    UtilityService service, Optional<String> meterNumber, LocalDate since) {

  public AccountService {
    if (service == null || meterNumber == null || since == null) {
      throw new IllegalArgumentException("an account service has a service and a start date");
    }
  }
}
