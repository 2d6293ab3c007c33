package dev.sysboxdoctor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.sysboxdoctor.diagnose.BasisKind;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.FindingKind;
import dev.sysboxdoctor.diagnose.FindingNote;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.remedy.Escalation;
import java.util.Set;

/** DESIGN.md's rooms: arrows point down ui/cli -> remedy/image/diagnose/inspect -> host. */
@AnalyzeClasses(packages = "dev.sysboxdoctor", importOptions = ImportOption.DoNotIncludeTests.class)
class RoomRulesTest {
    private static final String ROOT = "dev.sysboxdoctor.";

    @ArchTest
    static final ArchRule diagnoseIsPureOverInspectRecords = classes().that().resideInAPackage(ROOT + "diagnose..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    ROOT + "diagnose..", ROOT + "inspect..", "java.lang..", "java.util..", "java.time..",
                    "java.util.regex..", "java.util.function..", "java.util.stream..")
            .because("diagnose is pure functions of inspect's records: no I/O, no engine, no UI");

    @ArchTest
    static final ArchRule diagnoseDoesNoIo = noClasses().that().resideInAPackage(ROOT + "diagnose..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName());

    @ArchTest
    static final ArchRule uiReachesEngineAndHostOnlyThroughServices = noClasses().that().resideInAPackage(ROOT + "ui..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(ROOT + "host..", "com.github.dockerjava..", ROOT + "cli..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(CancelToken.class))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .because("the window reaches engines and machines through services; the one CancelToken is a plain value it hands them");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses().that().resideInAPackage(ROOT + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ui..", "javafx..");

    @ArchTest
    static final ArchRule servicesDoNotReachUp = noClasses().that().resideInAnyPackage(
                    ROOT + "host..", ROOT + "inspect..", ROOT + "diagnose..", ROOT + "remedy..", ROOT + "image..", ROOT + "report..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ui..", ROOT + "cli..", ROOT + "app..", "javafx..");

    @ArchTest
    static final ArchRule hostIsTheBottom = noClasses().that().resideInAPackage(ROOT + "host..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    ROOT + "inspect..", ROOT + "diagnose..", ROOT + "remedy..", ROOT + "image..", ROOT + "report..");

    @ArchTest
    static final ArchRule inspectDoesNotReachRemediesOrImages = noClasses().that().resideInAPackage(ROOT + "inspect..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "diagnose..", ROOT + "remedy..", ROOT + "image..", ROOT + "report..");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses().that().resideOutsideOfPackages(ROOT + "cli..", ROOT + "app..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the CLI prints; everything else logs or returns values");

    @ArchTest
    static final ArchRule logThroughSlf4j = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule onlyTheCatalogueTurnsFindingsIntoWords = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + "report.FindingCatalogue")
            .should().callMethod(Finding.class, "args").orShould().callMethod(Finding.class, "notes")
            .orShould().callMethod(FindingKind.class, "key").orShould().callMethod(FindingNote.class, "key")
            .orShould().callMethod(BasisKind.class, "key")
            .because("a finding's words come from one catalogue per language through one renderer (report.FindingCatalogue)");

    @ArchTest
    static final ArchRule noStringMatchingOnReasons = methods().should(new ArchCondition<JavaMethod>("not match the words of a Gap's or an Escalation's reason") {
        private static final Set<String> MATCHERS = Set.of("contains", "startsWith", "endsWith", "matches", "equals", "equalsIgnoreCase");

        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean readsReason = method.getMethodCallsFromSelf().stream().anyMatch(c -> c.getName().equals("reason")
                    && (c.getTargetOwner().isEquivalentTo(Gap.class) || c.getTargetOwner().isEquivalentTo(Escalation.class)));
            method.getMethodCallsFromSelf().stream()
                    .filter(c -> readsReason && c.getTargetOwner().isEquivalentTo(String.class) && MATCHERS.contains(c.getName()))
                    .forEach(c -> events.add(SimpleConditionEvent.violated(method, c.getDescription()
                            + ": a reason is words for people; decide on data (Gap.timedOut, an enum)")));
        }
    });

    @ArchTest
    static final ArchRule oneCancelToken = classes().that().haveSimpleName("CancelToken")
            .should().haveFullyQualifiedName(ROOT + "host.CancelToken")
            .because("one cancellation type for saves, verifies and fix plans");

    @ArchTest
    static final ArchRule noStackTracesPrinted = noClasses().should().callMethod(Throwable.class, "printStackTrace")
            .because("users never see stack traces; traces go to the log");
}
