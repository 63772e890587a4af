package org.cityline.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's layering, kept as code: the glue and the simulator's core stay framework-free. */
class TelephonyArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityline.telephony");

  @Test
  void theGlueAndTheSimulatorImportNoFrameworkOrVendorTypes() {
    noClasses()
        .that()
        .resideInAnyPackage("org.cityline.telephony", "org.cityline.telephony.simulator")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.vertx..", "com.hazelcast..", "com.vaadin..", "org.asteriskjava..", "com.twilio..")
        .check(MAIN);
  }

  @Test
  void theGlueDependsOnNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.telephony")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.telephony.simulator..",
            "org.cityline.telephony.asterisk..",
            "org.cityline.telephony.twilio..")
        .check(MAIN);
  }

  @Test
  void theSimulatorDependsOnNoOtherAdapter() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.telephony.simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.cityline.telephony.asterisk..", "org.cityline.telephony.twilio..")
        .check(MAIN);
  }
}
