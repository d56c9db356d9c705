package im.parley.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of docs/ARCHITECTURE.md: ui -> client -> {xmpp, media, archive}, media -> xmpp. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("im.parley");

    @Test
    void engineKnowsNothingOfUiStorageOrMedia() {
        noClasses().that().resideInAPackage("im.parley.xmpp..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "org.h2..", "org.ice4j..", "org.jitsi..",
                        "im.parley.ui..", "im.parley.client..", "im.parley.cli..", "im.parley.media..",
                        "im.parley.archive..")
                .check(CLASSES);
    }

    @Test
    void clientLayerDoesNotReachUp() {
        noClasses().that().resideInAPackage("im.parley.client..")
                .should().dependOnClassesThat().resideInAnyPackage("im.parley.ui..", "im.parley.cli..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void commandLineDoesNotUseTheUi() {
        noClasses().that().resideInAPackage("im.parley.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("im.parley.ui..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void mediaAndArchiveStayBelowTheClientLayer() {
        noClasses().that().resideInAnyPackage("im.parley.media..", "im.parley.archive..")
                .should().dependOnClassesThat().resideInAnyPackage("im.parley.ui..", "im.parley.client..",
                        "im.parley.cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void corePackagesDoNotKnowIndividualXeps() {
        noClasses().that().resideInAnyPackage("im.parley.xmpp.session..", "im.parley.xmpp.transport..",
                        "im.parley.xmpp.xml..", "im.parley.xmpp.stanza..", "im.parley.xmpp.jid..",
                        "im.parley.xmpp.sasl..", "im.parley.xmpp.routing..")
                .should().dependOnClassesThat(resideInAPackage("im.parley.xmpp.ext..")
                        .and(not(resideInAPackage("im.parley.xmpp.ext.sm"))))
                .because("Stream Management is part of the session's life cycle; every other XEP plugs in from outside")
                .check(CLASSES);
    }

    @Test
    void ice4jAndLibjitsiStayInsideTheMediaLayer() {
        noClasses().that().resideOutsideOfPackage("im.parley.media..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ice4j..", "org.jitsi..", "javax.media..")
                .because("ARCHITECTURE.md: wrap ice4j and libjitsi behind our own small interfaces")
                .check(CLASSES);
    }
}
