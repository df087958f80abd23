package rectify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    /** The transitions of a problem's lifecycle; only the lifecycle starts them, after its one check. */
    private static final String TRANSITIONS =
            "submitPlan|approvePlan|rejectPlan|requestClosure|rejectClosure|close|approveAsLongTerm|reopen";

    @Test
    void nothingDependsOnTheDemoData() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("rectify");
        noClasses().that().resideOutsideOfPackage("rectify.demo..")
                .should().dependOnClassesThat().resideInAPackage("rectify.demo..")
                .because("the product runs the same without its demo data")
                .check(classes);
    }

    @Test
    void onlyTheLifecycleMovesAProblemThroughItsStates() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("rectify");
        noClasses().that().resideOutsideOfPackages("rectify.lifecycle..", "rectify.inspection..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a lifecycle transition of Problem",
                        call -> call.getTargetOwner().isEquivalentTo(rectify.inspection.Problem.class)
                                && call.getName().matches(TRANSITIONS)))
                .because("the lifecycle checks who may start a transition before it moves the problem")
                .check(classes);
    }

    @Test
    void onlyBuiltInAndDemoAccountsAreCreatedWithoutTheSeparationOfDutiesChecks() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("rectify");
        noClasses().that().resideOutsideOfPackages("rectify.org", "rectify.demo")
                .should().callMethod(rectify.org.Accounts.class, "provision", String.class, String.class, Long.class,
                        String.class, boolean.class, boolean.class, java.util.Set.class)
                .because("every other account is created through the 三员 checks of Accounts.create")
                .check(classes);
    }

    /** Writes the module diagrams (each module, what it depends on and listens to) into docs/modules. */
    @Test
    void theModuleDocumentationIsWrittenFromTheCode() {
        new org.springframework.modulith.docs.Documenter(ApplicationModules.of(RectifyApplication.class),
                org.springframework.modulith.docs.Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("docs/modules/components.puml")).exists();
    }

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(RectifyApplication.class).verify();
    }
}
