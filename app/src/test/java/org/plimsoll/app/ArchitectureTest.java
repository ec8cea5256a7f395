package org.plimsoll.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of docs/architecture.md, held by the build: modules depend inwards, the engine on
 * nothing of ours, and each layer only on what it may use. The main code of every module is
 * analysed together (this module's test classpath holds them all).
 */
@AnalyzeClasses(packages = "org.plimsoll",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Other modules' test jars (shared fixtures, seeded generators) hold tests, which may use the demo. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule modulesDependInwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("engine").definedBy("org.plimsoll.engine..")
            .layer("words").definedBy("org.plimsoll.words..")
            .layer("demo").definedBy("org.plimsoll.demo..")
            .layer("simulate").definedBy("org.plimsoll.simulate..")
            .layer("formats").definedBy("org.plimsoll.formats..")
            .layer("store").definedBy("org.plimsoll.store..")
            .layer("export").definedBy("org.plimsoll.export..")
            .layer("web").definedBy("org.plimsoll.web..")
            .layer("app").definedBy("org.plimsoll.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("app")
            .whereLayer("export").mayOnlyBeAccessedByLayers("web", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("export", "web", "app")
            .whereLayer("formats").mayOnlyBeAccessedByLayers("export", "web", "app")
            .whereLayer("words").mayOnlyBeAccessedByLayers("formats", "export", "web", "app")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("app")
            .whereLayer("simulate").mayOnlyBeAccessedByLayers("app")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule theEngineUsesOnlyTheJdk = noClasses().that().resideInAPackage("org.plimsoll.engine..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.plimsoll.engine..", "java..");

    /** The simulator judges the engine's rules alone: no storage, no web, nothing but the engine and the JDK. */
    @ArchTest
    static final ArchRule theSimulatorUsesOnlyTheEngine = noClasses().that().resideInAPackage("org.plimsoll.simulate..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.plimsoll.simulate..", "org.plimsoll.engine..",
                    "java..");

    @ArchTest
    static final ArchRule theWebLayerLeavesTransactionsToTheStore = noClasses().that()
            .resideInAPackage("org.plimsoll.web..")
            .should().dependOnClassesThat().resideInAPackage("org.jdbi..");

    @ArchTest
    static final ArchRule theStoreKnowsNoFileFormats = noClasses().that().resideInAPackage("org.plimsoll.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plimsoll.formats..", "org.plimsoll.words..");

    @ArchTest
    static final ArchRule modulesFormNoCycles = slices().matching("org.plimsoll.(*)..").should().beFreeOfCycles();
}
