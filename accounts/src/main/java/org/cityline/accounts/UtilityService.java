package org.cityline.accounts;

/** A service the city bills for on an account. */
public enum UtilityService {
  ELECTRIC,
  GAS,
  WATER,
  WASTEWATER,
  SOLID_WASTE,
  IRRIGATION,
  HYDRANT_METER
}
