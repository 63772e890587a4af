package org.cityline.accounts.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.accounts.BillLine;
import org.cityline.accounts.ChargeKind;
import org.cityline.accounts.Money;
import org.cityline.accounts.Usage;
import org.cityline.accounts.UsageUnit;
import org.cityline.accounts.UtilityService;

/**
 * The demo city's rates: what each service's bill lines are for a month's usage. Amounts are
 * rounded half up to the cent, so the same usage always gives the same bill.
 */
final class Tariff {

  static final Money LATE_FEE = Money.parse("10.00");
  private static final BigDecimal GROSS_RECEIPTS_TAX = new BigDecimal("0.07875");

  /** Rates and amounts as written below, parsed once. */
  private static final Map<String, BigDecimal> RATES = new ConcurrentHashMap<>();

  private static final Map<String, Money> AMOUNTS = new ConcurrentHashMap<>();

  private Tariff() {}

  /**
   * The lines one service adds to a bill, for a usage in the service's unit (none if unmetered).
   */
  static List<BillLine> lines(UtilityService service, BigDecimal usage) {
    List<BillLine> lines = new ArrayList<>();
    switch (service) {
      case ELECTRIC -> {
        Money energy = usageLine(lines, service, "Energy charge", usage, UsageUnit.KWH, "0.1342");
        Money base = baseLine(lines, service, "Customer charge", "11.50");
        taxLine(lines, service, energy.plus(base));
      }
      case GAS -> {
        Money gas =
            usageLine(lines, service, "Gas commodity charge", usage, UsageUnit.THERM, "0.9125");
        Money base = baseLine(lines, service, "Customer charge", "9.75");
        taxLine(lines, service, gas.plus(base));
      }
      case WATER -> {
        usageLine(lines, service, "Water usage", usage, UsageUnit.KGAL, "4.15");
        baseLine(lines, service, "Water base charge", "14.20");
      }
      case WASTEWATER -> {
        usageLine(lines, service, "Sewer usage (winter average)", usage, UsageUnit.KGAL, "5.35");
        baseLine(lines, service, "Sewer base charge", "17.80");
        feeLine(lines, service, "Storm drainage fee", "4.50");
      }
      case SOLID_WASTE -> {
        baseLine(lines, service, "Refuse collection, 96-gallon cart", "24.75");
        feeLine(lines, service, "Recycling fee", "3.25");
      }
      case IRRIGATION -> {
        if (usage.signum() > 0) {
          usageLine(lines, service, "Irrigation usage", usage, UsageUnit.KGAL, "3.60");
        }
        baseLine(lines, service, "Irrigation meter charge", "8.00");
      }
      case HYDRANT_METER -> {
        usageLine(lines, service, "Hydrant water usage", usage, UsageUnit.KGAL, "6.10");
        baseLine(lines, service, "Hydrant meter rental", "45.00");
      }
    }
    return lines;
  }

  /** The late payment fee, charged on the account's first service. */
  static BillLine lateFee(UtilityService firstService) {
    return new BillLine(
        firstService, ChargeKind.FEE, "Late payment fee", Optional.empty(), LATE_FEE);
  }

  /**
   * A month's usage for a service: the household's level times the season.
   *
   * @param level the household's typical monthly usage in the service's unit
   * @param month the month the billing period ends in
   * @param noise a factor near 1 for month-to-month variation
   */
  static BigDecimal usage(UtilityService service, double level, Month month, double noise) {
    int m = month.getValue() - 1;
    double[] season =
        switch (service) {
          case ELECTRIC -> new double[] {1.05, .95, .85, .8, .95, 1.3, 1.55, 1.5, 1.2, .9, .9, 1.1};
          case GAS -> new double[] {2.2, 1.9, 1.4, .9, .5, .3, .25, .25, .35, .7, 1.4, 2.0};
          case WATER, HYDRANT_METER ->
              new double[] {.7, .7, .85, 1.0, 1.25, 1.5, 1.6, 1.5, 1.25, 1.0, .8, .7};
          case IRRIGATION -> new double[] {0, 0, 0, .6, 1.0, 1.4, 1.6, 1.5, 1.1, .5, 0, 0};
          case WASTEWATER, SOLID_WASTE -> new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        };
    double quantity = level * season[m] * noise;
    int decimals = service == UtilityService.ELECTRIC || service == UtilityService.GAS ? 0 : 1;
    return BigDecimal.valueOf(quantity).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** A usage that is the same every month: showcase accounts, whose amounts are documented. */
  static BigDecimal steady(UtilityService service, double level) {
    int decimals = service == UtilityService.ELECTRIC || service == UtilityService.GAS ? 0 : 1;
    return BigDecimal.valueOf(level).setScale(decimals, RoundingMode.HALF_UP);
  }

  private static Money usageLine(
      List<BillLine> lines,
      UtilityService service,
      String description,
      BigDecimal usage,
      UsageUnit unit,
      String rate) {
    Money amount = cents(usage.multiply(RATES.computeIfAbsent(rate, BigDecimal::new)));
    lines.add(
        new BillLine(
            service, ChargeKind.USAGE, description, Optional.of(new Usage(usage, unit)), amount));
    return amount;
  }

  private static Money baseLine(
      List<BillLine> lines, UtilityService service, String description, String amount) {
    Money money = AMOUNTS.computeIfAbsent(amount, Money::parse);
    lines.add(new BillLine(service, ChargeKind.BASE, description, Optional.empty(), money));
    return money;
  }

  private static void feeLine(
      List<BillLine> lines, UtilityService service, String description, String amount) {
    lines.add(
        new BillLine(
            service,
            ChargeKind.FEE,
            description,
            Optional.empty(),
            AMOUNTS.computeIfAbsent(amount, Money::parse)));
  }

  private static void taxLine(List<BillLine> lines, UtilityService service, Money taxable) {
    Money tax = cents(taxable.toDecimal().multiply(GROSS_RECEIPTS_TAX));
    lines.add(
        new BillLine(service, ChargeKind.TAX, "Gross receipts tax 7.875%", Optional.empty(), tax));
  }

  private static Money cents(BigDecimal dollars) {
    return Money.ofCents(
        dollars.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }
}
