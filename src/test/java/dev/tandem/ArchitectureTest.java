package dev.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.tandem.report.output.TextCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.RichTextString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the line the package layout draws: data flows ingest -> scoring -> stats/couples -> report,
 * the practice store sits beside ingest, the cli and the app sit on top of the pipeline that runs
 * them all, forms are made from definitions alone, and the heavy format libraries and the database
 * stay at the edges (forms use POI's Word part only).
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem");
  }

  @Test
  void onlyTheReportLayerUsesPdfBoxAndJFreeChart() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tandem.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.pdfbox..", "org.jfree..", "de.rototor.pdfbox..")
        .check(classes);
  }

  @Test
  void onlyTheReportIngestAndFormLayersUsePoi() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.tandem.report..", "dev.tandem.ingest..", "dev.tandem.form..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..")
        .check(classes);
  }

  @Test
  void onlyTheReportLayerWritesZipsWithCommonsCompress() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tandem.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.commons.compress..")
        .check(classes);
  }

  @Test
  void onlyTheIngestLayerUsesOpenCsv() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tandem.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.opencsv..")
        .check(classes);
  }

  @Test
  void onlyTheCliUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tandem.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..")
        .check(classes);
  }

  @Test
  void onlyTheStoreUsesH2AndFlyway() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tandem.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.h2..", "org.flywaydb..", "java.sql..")
        .check(classes);
  }

  @Test
  void onlyTheAppServesHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tandem.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.sun.net.httpserver..")
        .check(classes);
  }

  @Test
  void theStoreSitsBesideIngestAndNothingBelowTheCliUsesIt() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.tandem.scoring..",
            "dev.tandem.stats..",
            "dev.tandem.couples..",
            "dev.tandem.report..",
            "dev.tandem.cli..",
            "dev.tandem.sample..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.tandem.questionnaire..",
            "dev.tandem.ingest..",
            "dev.tandem.scoring..",
            "dev.tandem.stats..",
            "dev.tandem.couples..",
            "dev.tandem.report..",
            "dev.tandem.sample..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.store..")
        .check(classes);
  }

  @Test
  void theAppAndTheCliAreOnTopAndApart() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.tandem.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.cli..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.tandem.app..", "dev.tandem.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.app..")
        .check(classes);
  }

  @Test
  void dataFlowsOneWay() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.questionnaire..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.tandem.ingest..",
            "dev.tandem.scoring..",
            "dev.tandem.stats..",
            "dev.tandem.couples..",
            "dev.tandem.report..",
            "dev.tandem.cli..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.tandem.scoring..",
            "dev.tandem.stats..",
            "dev.tandem.couples..",
            "dev.tandem.report..",
            "dev.tandem.cli..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.tandem.stats..", "dev.tandem.couples..", "dev.tandem.report..", "dev.tandem.cli..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.stats..", "dev.tandem.couples..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.report..", "dev.tandem.cli..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.pipeline..", "dev.tandem.cli..", "dev.tandem.app..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.cli..", "dev.tandem.app..")
        .check(classes);
  }

  /**
   * Every text that reaches a workbook cell passes the formula guard: only {@code TextCells} may
   * put a string into a POI cell, so no sheet can write {@code =HYPERLINK(...)} from an export as a
   * live formula.
   */
  @Test
  void onlyTextCellsPutsTextIntoACell() {
    DescribedPredicate<JavaMethodCall> textIntoCell =
        new DescribedPredicate<>("put text into a workbook cell") {
          @Override
          public boolean test(JavaMethodCall call) {
            AccessTarget.MethodCallTarget target = call.getTarget();
            return target.getName().equals("setCellValue")
                && target.getOwner().isAssignableTo(Cell.class)
                && target.getRawParameterTypes().stream()
                    .anyMatch(
                        type ->
                            type.isEquivalentTo(String.class)
                                || type.isAssignableTo(RichTextString.class));
          }
        };
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(TextCells.class.getName())
        .should()
        .callMethodWhere(textIntoCell)
        .check(classes);
  }

  @Test
  void formsAreMadeFromDefinitionsAlone() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.form..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.tandem.ingest..",
            "dev.tandem.scoring..",
            "dev.tandem.stats..",
            "dev.tandem.couples..",
            "dev.tandem.report..",
            "dev.tandem.cli..",
            "dev.tandem.sample..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.tandem.form..", "dev.tandem.cli..", "dev.tandem.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tandem.form..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("dev.tandem.form..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi.ss..", "org.apache.poi.xssf..", "org.apache.poi.hssf..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.tandem.(*)..").should().beFreeOfCycles().check(classes);
  }
}
