package org.cityline.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's rules as tests: the domain imports no framework or vendor SDK, adapters do not know
 * one another, and dependencies between modules point one way.
 */
class ArchitectureTest {

  /** Adapter packages: where vendor and framework types are allowed. */
  private static final String[] ADAPTER_PACKAGES = {
    "..hazelcast..", "..vertx..", "..jdbc..", "..demo..", "..wiring.."
  };

  private static final String[] VENDOR_PACKAGES = {
    "io.vertx..",
    "com.hazelcast..",
    "com.vaadin..",
    "org.asteriskjava..",
    "com.twilio..",
    "org.eclipse.jetty..",
    "jakarta.servlet..",
    "java.sql..",
    "javax.sql.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test fixtures shared as "-tests.jar" files are not main code.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.cityline");
  }

  @Test
  void theDomainImportsNoFrameworkOrVendorType() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "org.cityline.common..",
                "org.cityline.accounts..",
                "org.cityline.routing..",
                "org.cityline.ivr..",
                "org.cityline.telephony")
            .and()
            .resideOutsideOfPackages(ADAPTER_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(VENDOR_PACKAGES)
            .because("domain packages stay plain Java; vendors live in adapter packages");
    rule.check(classes);
  }

  @Test
  void telephonyAdaptersDoNotKnowOneAnother() {
    slices()
        .matching("org.cityline.telephony.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                "org.cityline.telephony.contract.."))
        .because("each phone system sits behind the same port, alone")
        .check(classes);
  }

  @Test
  void modulesDependOneWay() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.accounts..",
            "org.cityline.routing..",
            "org.cityline.ivr..",
            "org.cityline.telephony..",
            "org.cityline.desktop..",
            "org.cityline.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.cityline.accounts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.routing..",
            "org.cityline.ivr..",
            "org.cityline.telephony..",
            "org.cityline.desktop..",
            "org.cityline.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.cityline.routing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.ivr..",
            "org.cityline.telephony..",
            "org.cityline.desktop..",
            "org.cityline.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.cityline.ivr..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.telephony..", "org.cityline.desktop..", "org.cityline.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.cityline.telephony..", "org.cityline.desktop..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.cityline.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.cityline.desktop..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.cityline.ivr..", "org.cityline.telephony..")
        .check(classes);
  }

  @Test
  void packagesInsideAModuleHaveNoCycles() {
    slices().matching("org.cityline.(**)").should().beFreeOfCycles().check(classes);
  }
}
