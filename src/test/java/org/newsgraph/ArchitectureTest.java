package org.newsgraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package layout follows the data flow (ingest → nlp → extract → link → rdf → store →
 * serve/export): no package cycle, and each package imports only what lies before it in the flow
 * plus the shared records ({@code model}) and lookup tables ({@code lexicon}). A new import against
 * the flow fails here, with the offending classes named.
 */
class ArchitectureTest {
    private static final String PROJECT = "org.newsgraph..";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsgraph");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.newsgraph.(**)").should().beFreeOfCycles().check(classes);
    }

    /** Each package, and the only project packages it may import (besides itself). */
    static Stream<Arguments> allowedImports() {
        return Stream.of(
                Arguments.of("model", new String[] {}),
                Arguments.of("lexicon", new String[] {"model"}),
                Arguments.of("nlp", new String[] {}),
                Arguments.of("ingest", new String[] {"model"}),
                Arguments.of("extract", new String[] {"model", "lexicon", "nlp", "extract"}),
                Arguments.of("link", new String[] {"model", "lexicon", "nlp", "link"}),
                Arguments.of("rdf", new String[] {"model", "lexicon"}),
                Arguments.of("store", new String[] {"model", "lexicon", "rdf", "link", "store"}),
                Arguments.of("export", new String[] {"model", "rdf", "store", "export"}),
                Arguments.of("eval", new String[] {"model", "rdf", "store"}),
                // Generators: the attribution-cue learner parses with the extraction pipeline (nlp).
                Arguments.of("tools", new String[] {"model", "lexicon", "nlp", "tools"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedImports")
    void packageImportsOnlyWhatComesBeforeIt(String pkg, String[] allowed) {
        String[] allowedPackages = Stream.concat(Stream.of(pkg), Arrays.stream(allowed))
                .distinct().map(name -> "org.newsgraph." + name + "..").toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAPackage("org.newsgraph." + pkg + "..")
                .should().dependOnClassesThat(resideInAPackage(PROJECT).and(not(resideInAnyPackage(allowedPackages))))
                .because(pkg + " may import " + (allowed.length == 0 ? "no other project package" : "only " + String.join(", ", allowed) + " of the project"));
        rule.check(classes);
    }

    /** The store's core knows nothing of the maintenance built on it (consolidation, relinking). */
    @Test
    void storeCoreDoesNotImportItsMaintenance() {
        noClasses().that().resideInAPackage("org.newsgraph.store")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsgraph.store.consolidate..",
                        "org.newsgraph.store.relink..", "org.newsgraph.link..")
                .check(classes);
    }

    /** Statements do not depend on events, nor actors on either: events are built from statements. */
    @Test
    void extractStagesFollowActorsStatementsEvents() {
        noClasses().that().resideInAPackage("org.newsgraph.extract.actor..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsgraph.extract.statement..",
                        "org.newsgraph.extract.event..")
                .check(classes);
        noClasses().that().resideInAPackage("org.newsgraph.extract.statement..")
                .should().dependOnClassesThat().resideInAPackage("org.newsgraph.extract.event..")
                .check(classes);
    }

    /**
     * CoreNLP is used only behind {@code nlp}, plus the benchmark's stock-CoreNLP baseline and the
     * parser shim that has to live in CoreNLP's own package.
     */
    @Test
    void coreNlpOnlyInNlp() {
        noClasses().that().resideOutsideOfPackages("org.newsgraph.nlp..", "edu.stanford.nlp..")
                .and().doNotHaveFullyQualifiedName("org.newsgraph.bench.BaselinePipeline")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .check(classes);
    }
}
