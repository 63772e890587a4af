package org.cityline.accounts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The accounts domain is plain Java: the store and the demo depend on it, never the reverse. */
class DomainArchitectureTest {

  /** Every domain package: plain Java. */
  private static final String[] DOMAIN = {
    "org.cityline.accounts",
    "org.cityline.accounts.staff",
    "org.cityline.accounts.payments..",
    "org.cityline.accounts.arrangements",
    "org.cityline.accounts.programs",
    "org.cityline.accounts.outages",
    "org.cityline.accounts.online",
    "org.cityline.accounts.messaging"
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityline.accounts");

  @Test
  void theDomainUsesNoDatabaseOrFrameworkTypes() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "org.jdbi..",
            "org.flywaydb..",
            "org.h2..",
            "org.postgresql..",
            "io.vertx..",
            "com.hazelcast..",
            "com.vaadin..",
            "org.asteriskjava..",
            "com.twilio..")
        .check(classes);
  }

  @Test
  void theDomainDoesNotKnowItsAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.cityline.accounts.jdbc..", "org.cityline.accounts.demo..")
        .check(classes);
  }

  @Test
  void theStoreAndTheDemoCityDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.accounts.jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.cityline.accounts.demo..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.cityline.accounts.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.cityline.accounts.jdbc..")
        .check(classes);
  }
}
