package org.destalk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of DESIGN.md, held by a test so that they cannot erode unnoticed. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.destalk");
    }

    @Test
    void theDialogLanguageIsPlainJavaWithYamlOnly() {
        classes().that().resideInAPackage("org.destalk.dialog..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.yaml.snakeyaml..", "org.destalk.dialog..")
                .check(classes);
    }

    @Test
    void theEngineHasNoFrameworkNoIoAndKnowsOnlyTheLanguageAndTheDirectory() {
        classes().that().resideInAPackage("org.destalk.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.time..",
                        "org.destalk.engine..", "org.destalk.dialog..", "org.destalk.directory..")
                .check(classes);
    }

    @Test
    void theDirectoryIsPlainJava() {
        classes().that().resideInAPackage("org.destalk.directory..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.destalk.directory..", "org.destalk.dialog..")
                .check(classes);
    }

    @Test
    void channelsNeverSeeTheEngineTheStoreOrTheModels() {
        noClasses().that().resideInAPackage("org.destalk.channel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.destalk.engine..", "org.destalk.session..",
                        "org.destalk.nlp..", "org.destalk.conversation..", "org.destalk.coordinator..", "opennlp..")
                .check(classes);
    }

    @Test
    void languageUnderstandingKnowsNothingOfConversations() {
        noClasses().that().resideInAPackage("org.destalk.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.destalk.engine..", "org.destalk.session..",
                        "org.destalk.channel..", "org.destalk.conversation..", "org.springframework..")
                .check(classes);
    }

    @Test
    void sessionsKnowOnlyTheEngineState() {
        noClasses().that().resideInAPackage("org.destalk.session..")
                .should().dependOnClassesThat().resideInAnyPackage("org.destalk.channel..", "org.destalk.conversation..",
                        "org.destalk.nlp..", "org.springframework..")
                .check(classes);
    }

    @Test
    void onlyTheApplicationPackageWiresThingsTogether() {
        noClasses().that().resideOutsideOfPackage("org.destalk.app..")
                .should().dependOnClassesThat().resideInAPackage("org.destalk.app..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.destalk.(*)..").should().beFreeOfCycles().check(classes);
    }
}
