package dk.fleksjob.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** server → store → rules: the store knows the rules, never the CLI or the server, and no framework. */
class StoreArchitectureTest {

    private final JavaClasses store = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dk.fleksjob.store");

    @Test
    void theStoreNeverDependsOnTheCliTheServerOrSpring() {
        noClasses().that().resideInAPackage("dk.fleksjob.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.fleksjob.cli..", "dk.fleksjob.server..",
                "org.springframework..", "jakarta.persistence..")
            .check(store);
    }
}
