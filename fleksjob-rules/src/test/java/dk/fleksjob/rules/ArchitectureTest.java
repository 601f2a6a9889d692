package dk.fleksjob.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules module depends on the JDK and its YAML parser only; nothing in it knows the CLI, store or server. */
class ArchitectureTest {

    private final JavaClasses rules = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dk.fleksjob.rules");

    @Test
    void rulesDependOnTheJdkAndSnakeYamlOnly() {
        noClasses().that().resideInAPackage("dk.fleksjob.rules..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.yaml.snakeyaml..", "dk.fleksjob.rules..")
            .check(rules);
    }

    @Test
    void rulesNeverDependOnCliStoreOrServer() {
        noClasses().that().resideInAPackage("dk.fleksjob.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.fleksjob.cli..", "dk.fleksjob.store..",
                "dk.fleksjob.server..")
            .check(rules);
    }
}
