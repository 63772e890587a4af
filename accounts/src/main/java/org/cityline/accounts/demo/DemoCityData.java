package org.cityline.accounts.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A generated demo city, before it is written.
 *
 * @param seed the seed it was generated from
 * @param today the date it was generated for
 * @param households every customer with their accounts, showcase customers first
 */
record DemoCityData(long seed, LocalDate today, List<DemoHousehold> households) {

  DemoCityData {
    households = List.copyOf(households);
  }

  List<DemoAccount> accounts() {
    return households.stream().flatMap(h -> h.accounts().stream()).toList();
  }

  /** A SHA-256 of everything generated: equal digests mean identical cities. */
  String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (DemoHousehold household : households) {
        sha.update(household.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
