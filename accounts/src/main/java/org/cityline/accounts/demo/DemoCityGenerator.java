package org.cityline.accounts.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.demo.AccountMaker.Kind;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/**
 * Generates the demo city: the showcase households, then random households until the city has the
 * accounts asked for. Everything random comes from one {@link SplittableRandom} per household,
 * split in order from the seed, so the same seed and date give the same city.
 */
final class DemoCityGenerator {

  private final long seed;
  private final int accountCount;
  private final LocalDate today;
  private final Clock clock;

  DemoCityGenerator(long seed, int accountCount, LocalDate today, Clock clock) {
    if (accountCount < 7 || accountCount > 200_000) {
      throw new IllegalArgumentException(
          "a demo city has 7 (the showcase accounts) to 200,000 accounts; asked for "
              + accountCount);
    }
    this.seed = seed;
    this.accountCount = accountCount;
    this.today = today;
    this.clock = clock;
  }

  DemoCityData generate() {
    Ids ids = new Ids();
    List<DemoHousehold> households = new ArrayList<>(new Showcases(ids, today, clock).households());
    Set<String> numbers = new HashSet<>();
    Set<String> phones = new HashSet<>();
    phones.add(DemoCity.SHOWCASE_UNKNOWN_PHONE.e164());
    for (DemoHousehold household : households) {
      household.phone().ifPresent(phone -> phones.add(phone.e164()));
      household.accounts().forEach(account -> numbers.add(account.number().value()));
    }
    int accounts = numbers.size();
    AccountMaker maker = new AccountMaker(ids, today, clock);
    SplittableRandom root = new SplittableRandom(seed);
    while (accounts < accountCount) {
      SplittableRandom random = root.split();
      DemoHousehold household =
          household(ids, maker, random, numbers, phones, accountCount - accounts);
      households.add(household);
      accounts += household.accounts().size();
    }
    return new DemoCityData(seed, today, households);
  }

  private static DemoHousehold household(
      Ids ids,
      AccountMaker maker,
      SplittableRandom random,
      Set<String> numbers,
      Set<String> phones,
      int room) {
    boolean business = random.nextInt(100) < 2;
    Language language = !business && random.nextInt(100) < 25 ? Language.SPANISH : Language.ENGLISH;
    boolean hispanic = language == Language.SPANISH || random.nextInt(100) < 20;
    String name = business ? Names.pick(Names.BUSINESSES, random) : Names.person(hispanic, random);
    Optional<PhoneNumber> phone =
        random.nextInt(100) < 96 ? Optional.of(phone(random, phones)) : Optional.empty();
    boolean hasEmail = random.nextInt(100) < (business ? 80 : 55);
    long customerId = ids.customer();
    Optional<String> email =
        hasEmail ? Optional.of(Names.email(name, customerId)) : Optional.empty();

    ServiceAddress home = Streets.address(random);
    Kind kind =
        business ? (random.nextInt(4) == 0 ? Kind.HYDRANT : Kind.COMMERCIAL) : Kind.RESIDENTIAL;
    List<DemoAccount> accounts = new ArrayList<>();
    accounts.add(maker.make(number(random, numbers), home, kind, hasEmail, random));
    if (room >= 2 && !business && random.nextInt(1000) < 15) {
      boolean irrigation = random.nextInt(10) < 6;
      ServiceAddress second = irrigation ? home : Streets.address(random);
      Kind secondKind = irrigation ? Kind.IRRIGATION : Kind.RESIDENTIAL;
      accounts.add(maker.make(number(random, numbers), second, secondKind, hasEmail, random));
    }
    return new DemoHousehold(customerId, name, language, phone, email, accounts);
  }

  /** A new ten-digit account number; showcase numbers start with 1, these never do. */
  private static AccountNumber number(SplittableRandom random, Set<String> taken) {
    while (true) {
      String candidate =
          (2 + random.nextInt(8))
              + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
      if (taken.add(candidate)) {
        return new AccountNumber(candidate);
      }
    }
  }

  /**
   * A new fictional number on the 555 exchange of the city's two area codes. Lines 0100 to 0199 are
   * kept for the showcase accounts and tests.
   */
  private static PhoneNumber phone(SplittableRandom random, Set<String> taken) {
    while (true) {
      String area = random.nextInt(10) < 7 ? "505" : "575";
      String e164 = String.format(Locale.ROOT, "+1%s555%04d", area, 200 + random.nextInt(9800));
      if (taken.add(e164)) {
        return new PhoneNumber(e164);
      }
    }
  }
}
