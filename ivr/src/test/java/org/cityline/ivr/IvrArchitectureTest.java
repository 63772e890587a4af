package org.cityline.ivr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The IVR's own layering, as code: the engine knows nothing of Hazelcast or of its runtime. */
class IvrArchitectureTest {

  private static final JavaClasses IVR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cityline.ivr");

  @Test
  void theDomainImportsNoFrameworkOrVendorType() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.cityline.ivr",
            "org.cityline.ivr.flow..",
            "org.cityline.ivr.flows..",
            "org.cityline.ivr.prompts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.hazelcast..", "io.vertx..", "com.vaadin..", "org.asteriskjava..", "com.twilio..")
        .check(IVR);
  }

  @Test
  void theEngineDependsOnNeitherTheRuntimeNorTheFlowsItRuns() {
    noClasses()
        .that()
        .resideInAnyPackage("org.cityline.ivr.flow..", "org.cityline.ivr.prompts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cityline.ivr", "org.cityline.ivr.flows..", "org.cityline.ivr.hazelcast..")
        .check(IVR);
  }

  @Test
  void promptsDoNotKnowAboutFlows() {
    noClasses()
        .that()
        .resideInAPackage("org.cityline.ivr.prompts..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.cityline.ivr.flow..")
        .check(IVR);
  }
}
