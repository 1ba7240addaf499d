package org.dialogues;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of the README's architecture section, kept true by the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dialogues");
    }

    @Test
    void extractionIsPureAndKnowsNothingOfStorageOrDelivery() {
        noClasses().that().resideInAPackage("org.dialogues.extract..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dialogues.database..", "org.dialogues.store..", "org.dialogues.ingest..",
                        "org.dialogues.report..", "org.dialogues.schedule..", "org.dialogues.cli..", "org.jooq..", "java.sql..")
                .check(classes);
    }

    /** CoreNLP's types stay inside the one class that calls it; every other stage reads the project's records. */
    @Test
    void onlyTheCoreNlpAnnotatorSeesCoreNlp() {
        noClasses().that().haveNameNotMatching("org\\.dialogues\\.extract\\.linguistic\\.CoreNlpAnnotator(\\$.*)?")
                .and().resideOutsideOfPackage("edu.stanford.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .check(classes);
    }

    @Test
    void theDatabasePackageDependsOnNoOtherCapability() {
        noClasses().that().resideInAPackage("org.dialogues.database")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dialogues.extract..", "org.dialogues.store..", "org.dialogues.ingest..",
                        "org.dialogues.report..", "org.dialogues.schedule..", "org.dialogues.cli..")
                .check(classes);
    }

    @Test
    void storageDoesNotReachUpIntoIngestReportsOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.dialogues.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dialogues.ingest..", "org.dialogues.report..", "org.dialogues.schedule..", "org.dialogues.cli..")
                .check(classes);
    }

    @Test
    void reportsReadTheDatabaseAndNothingOfImport() {
        noClasses().that().resideInAPackage("org.dialogues.report..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dialogues.ingest..", "org.dialogues.schedule..", "org.dialogues.cli..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineIsDelivery() {
        noClasses().that().resideOutsideOfPackage("org.dialogues.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.dialogues.cli..")
                .check(classes);
    }

    /** The workbench reads the database and changes facts only through the curation service; it is not delivery. */
    @Test
    void theWorkbenchUsesCurationAndStorageButNotTheCommandLine() {
        noClasses().that().resideInAPackage("org.dialogues.review..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dialogues.cli..", "org.dialogues.ingest..", "org.dialogues.schedule..")
                .check(classes);
    }

    /** The web server stays at the edge: only the workbench and the command line that starts it know Javalin. */
    @Test
    void onlyTheWorkbenchAndTheCommandLineKnowTheWebServer() {
        noClasses().that().resideOutsideOfPackages("org.dialogues.review..", "org.dialogues.cli..", "io.javalin..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveFullyQualifiedName("org.dialogues.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
