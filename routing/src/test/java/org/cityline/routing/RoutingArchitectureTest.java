package org.cityline.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's shape, as code: a plain domain, adapters that do not know each other. */
class RoutingArchitectureTest {

  private static final JavaClasses ROUTING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityline.routing");

  @Test
  void theDomainAndTheEngineImportNoFrameworkOrVendorTypes() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.cityline.routing", "org.cityline.routing.engine", "org.cityline.routing.config")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.hazelcast..",
            "io.vertx..",
            "com.vaadin..",
            "org.asteriskjava..",
            "com.twilio..",
            "java.sql..",
            "org.flywaydb..")
        .check(ROUTING);
  }

  @Test
  void theHazelcastAndVertxAdaptersDoNotImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.routing.hazelcast")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.vertx..", "org.cityline.routing.vertx..")
        .check(ROUTING);
    noClasses()
        .that()
        .resideInAPackage("org.cityline.routing.vertx")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.hazelcast..", "org.cityline.routing.hazelcast..")
        .check(ROUTING);
  }

  @Test
  void theDatabaseAdapterKnowsNoOtherAdapter() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.routing.jdbc")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.hazelcast..",
            "io.vertx..",
            "org.cityline.routing.hazelcast..",
            "org.cityline.routing.vertx..")
        .check(ROUTING);
  }

  @Test
  void nothingButTheWiringReachesIntoTheAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.cityline.routing", "org.cityline.routing.engine", "org.cityline.routing.config")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.routing.hazelcast..",
            "org.cityline.routing.vertx..",
            "org.cityline.routing.jdbc..",
            "org.cityline.routing.wiring..")
        .check(ROUTING);
  }
}
