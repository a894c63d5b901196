package jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of style.md, as tests: a pure scoring core, value types that depend on nothing. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jixiao");
    }

    @Test
    void scoringIsPlainJavaWithoutFrameworksOrOuterModules() {
        noClasses()
                .that()
                .resideInAPackage("jixiao.scoring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jixiao.interchange..",
                        "jixiao.cli..",
                        "org.springframework..",
                        "com.fasterxml..",
                        "java.sql..",
                        "org.apache.poi..")
                .check(classes);
    }

    /** Document libraries, kept inside the report module (style.md: POI stays inside report/). */
    private static final String[] DOCUMENT_LIBRARIES = {
        "org.apache.poi..",
        "org.apache.xmlbeans..",
        "org.openxmlformats..",
        "com.openhtmltopdf..",
        "org.apache.pdfbox..",
        "org.apache.fontbox..",
        "com.lowagie..",
        "org.openpdf..",
        "com.deepoove.."
    };

    @Test
    void documentLibrariesAreUsedOnlyInsideReport() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jixiao.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(DOCUMENT_LIBRARIES)
                .check(classes);
    }

    @Test
    void theReportReadModelIsFreeOfDocumentLibrariesAndEachFormatKeepsToItself() {
        noClasses()
                .that()
                .resideInAPackage("jixiao.report")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(DOCUMENT_LIBRARIES)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("jixiao.report.docx..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jixiao.report.pdf..", "com.openhtmltopdf..", "org.apache.pdfbox..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("jixiao.report.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jixiao.report.docx..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void sharedValueTypesDependOnNothingElseOfTheProject() {
        noClasses()
                .that()
                .resideInAPackage("jixiao.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jixiao.scoring..", "jixiao.interchange..", "jixiao.cli..", "jixiao.report..")
                .check(classes);
    }

    @Test
    void interchangeDoesNotKnowTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("jixiao.interchange..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jixiao.cli..")
                .check(classes);
    }

    @Test
    void rulesReadNoClock() {
        noClasses()
                .that()
                .resideInAnyPackage("jixiao.scoring..", "jixiao.shared..")
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(java.time.Clock.class)
                .check(classes);
    }

    @Test
    void moneyAndScoresAreNeverFloatingPoint() {
        fields().that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage("jixiao.scoring..", "jixiao.shared..", "jixiao.interchange..")
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .check(classes);
    }

    @Test
    void scoringHoldsNoMutableStaticState() {
        fields().that()
                .areDeclaredInClassesThat()
                .resideInAPackage("jixiao.scoring..")
                .and()
                .areStatic()
                .should()
                .beFinal()
                .check(classes);
    }

    /** The top-level packages (features and layers alike) depend on each other without cycles. */
    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("jixiao.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** A feature and its web sub-package: the web depends on the feature, never the other way. */
    @Test
    void featuresDoNotDependOnTheirWebPages() {
        noClasses()
                .that()
                .resideInAPackage("jixiao.evaluation")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jixiao.evaluation.web..")
                .check(classes);
    }

    /** The application's wiring (security, first start, error pages) sits on top: no feature imports it. */
    @Test
    void noFeatureDependsOnTheApplicationsWiring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "jixiao.account..", "jixiao.organisation..", "jixiao.evaluation..", "jixiao.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jixiao.system..")
                .check(classes);
    }

    /** Pages and the API go through a feature's services; its storage is its own (style.md: web never touches it). */
    @Test
    void webCodeNeverReachesStorage() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Store")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.jdbc.core.simple.JdbcClient.class)
                .check(classes);
    }

    /** The speed machinery knows no rule: it sits behind the interfaces the rules use and depends on nothing else. */
    @Test
    void theSpeedMachineryDependsOnNothingOfTheProject() {
        classes()
                .that()
                .resideInAPackage("jixiao.scoring.speed..")
                .should()
                .onlyDependOnClassesThat()
                // org.jspecify: the null-safety annotations NullAway checks (package-info), not a library it calls
                .resideInAnyPackage("jixiao.scoring.speed..", "java..", "org.jspecify.annotations..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /**
     * Inside the engine the arrows go one way: the checks read the rules' results and the values read; the rules read
     * values; the value readers read neither; none of them reads the checks.
     */
    @Test
    void theEnginesPackagesHaveNoCycles() {
        slices().matching("jixiao.scoring.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false)
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("jixiao.scoring.rule..", "jixiao.scoring.value..", "jixiao.scoring.speed..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jixiao.scoring.check..")
                .allowEmptyShould(false)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("jixiao.scoring.value..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jixiao.scoring.rule..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /** The file formats read and write files: no web, no database, no documents, no feature of the application. */
    @Test
    void theInterchangeFormatsKnowNoApplication() {
        noClasses()
                .that()
                .resideInAPackage("jixiao.interchange..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "jixiao.evaluation..",
                        "jixiao.system..",
                        "jixiao.report..",
                        "jixiao.account..",
                        "jixiao.organisation..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /**
     * Null-safety (issue 15): NullAway checks the packages marked {@code @NullMarked} (pom.xml: OnlyNullMarked), and
     * every package of the engine and of the file formats is one, so that a package added there is checked too.
     */
    @Test
    void theEngineAndTheFileFormatsAreNullMarked() {
        List<JavaPackage> packages = new ArrayList<>();
        for (String name : List.of("jixiao.scoring", "jixiao.interchange")) {
            packages.add(classes.getPackage(name));
            packages.addAll(classes.getPackage(name).getSubpackagesInTree());
        }
        assertThat(packages).hasSizeGreaterThan(5);
        for (JavaPackage javaPackage : packages) {
            assertThat(javaPackage.isAnnotatedWith(NullMarked.class))
                    .as(javaPackage.getName() + " is @NullMarked (package-info.java)")
                    .isTrue();
        }
    }
}
