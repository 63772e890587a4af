package org.cityline.accounts.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.cityline.accounts.ServiceAddress;

/** The streets and ZIP codes of the demo city, a fictional high-desert town named Cityline. */
final class Streets {

  static final String CITY = "Cityline";
  static final String STATE = "NM";

  /** Neighbourhood ZIP codes. */
  static final List<String> ZIPS =
      List.of(
          "87101", "87102", "87103", "87104", "87105", "87106", "87107", "87108", "87109", "87110",
          "87111", "87112", "87113", "87114");

  static final List<String> NAMES =
      List.of(
          "Juniper",
          "Piñon",
          "Cottonwood",
          "Tamarack",
          "Sagebrush",
          "Mesquite",
          "Yucca",
          "Chamisa",
          "Ocotillo",
          "Aspen",
          "Sandia",
          "Manzano",
          "Turquoise",
          "Coronado",
          "Mesa",
          "Arroyo",
          "Bosque",
          "Acequia",
          "Paseo del Sol",
          "Los Álamos",
          "Rio Grande",
          "Sunset",
          "Canyon",
          "Desert Willow",
          "Apache Plume",
          "Roadrunner",
          "Quail",
          "Kestrel",
          "Kiva",
          "Adobe",
          "Vista",
          "Lomas",
          "Montaño",
          "Candelaria",
          "Osuna",
          "Alameda",
          "Indian School",
          "Menaul",
          "Comanche",
          "Zuni",
          "Gibson",
          "Tramway",
          "Wyoming",
          "Eubank",
          "Juan Tabo",
          "Girard",
          "Carlisle",
          "San Mateo",
          "Louisiana",
          "Moon",
          "Chelwood",
          "Spain",
          "Academy");

  static final List<String> SUFFIXES =
      List.of("St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Blvd", "Loop", "Trl");

  private Streets() {}

  /** A service address, an apartment in about one in seven. */
  static ServiceAddress address(SplittableRandom random) {
    String name = Names.pick(NAMES, random);
    String street;
    if (random.nextInt(8) == 0) {
      street = (100 + random.nextInt(9900)) + " Calle " + name;
    } else {
      street = (100 + random.nextInt(9900)) + " " + name + " " + Names.pick(SUFFIXES, random);
    }
    String unit = random.nextInt(7) == 0 ? "Apt " + (1 + random.nextInt(240)) : "";
    return new ServiceAddress(street, unit, CITY, STATE, Names.pick(ZIPS, random));
  }
}
