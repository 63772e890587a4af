package org.cityline.accounts.demo;

import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/** A customer of the demo city with their accounts (usually one, sometimes two). */
record DemoHousehold(
    long customerId,
    String name,
    Language language,
    Optional<PhoneNumber> phone,
    Optional<String> email,
    List<DemoAccount> accounts) {

  DemoHousehold {
    accounts = List.copyOf(accounts);
  }
}
