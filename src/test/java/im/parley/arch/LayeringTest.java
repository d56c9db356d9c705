package im.parley.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.SoundDeviceException;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import org.junit.jupiter.api.Test;

/** The layering of docs/ARCHITECTURE.md: ui -> client -> {xmpp, media, archive}, media -> xmpp. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("im.parley");
    /** The command line and the JavaFX UI: they use client/ and the engine's value types only. */
    private static final String[] FACES = {"im.parley.cli..", "im.parley.ui.."};

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
    void facesReadTheArchiveThroughTheClientLayer() {
        noClasses().that().resideInAnyPackage(FACES)
                .should().dependOnClassesThat().resideInAPackage("im.parley.archive..")
                .because("the faces see client/ and the engine's values only: client.history maps the archive's rows")
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

    @Test
    void facesBuildNoManagersConnectionsOrMedia() {
        DescribedPredicate<JavaClass> engineManager = resideInAPackage("im.parley.xmpp..")
                .and(simpleNameEndingWith("Manager"));
        noClasses().that().resideInAnyPackage(FACES)
                .should().callConstructorWhere(target(declaredIn(resideInAPackage("im.parley.media..")
                        .or(equivalentTo(XmppClient.class)).or(engineManager))))
                .because("managers are made once per session by AccountSession (ARCHITECTURE.md 6): a face's own "
                        + "manager would be a second one, and two handlers for one IQ kind are refused; media "
                        + "objects come from client.call.CallMedia")
                .check(CLASSES);
    }

    @Test
    void facesLeaveTheConnectionToTheClientLayer() {
        noClasses().that().resideInAnyPackage(FACES)
                .should().dependOnClassesThat(equivalentTo(XmppClient.class))
                // taking(..) first: declaredIn(..).and(taking(..)) would compile to the static DescribedPredicate.and
                // and drop the package condition.
                .orShould().callCodeUnitWhere(target(taking(XmppClient.class, ClientConfig.class)
                        .and(declaredIn(resideInAPackage("im.parley.xmpp..")))))
                .because("engine services work on a connection (queries, registration); AccountSession and Account "
                        + "offer what the faces need, so the faces see only values and client/")
                .check(CLASSES);
    }

    @Test
    void facesSeeMediaOnlyAsSourcesAndSinks() {
        noClasses().that().resideInAnyPackage(FACES)
                .should().dependOnClassesThat(resideInAPackage("im.parley.media..").and(not(belongToAnyOf(
                        AudioSource.class, AudioSink.class, VideoSource.class, VideoSink.class,
                        SoundDeviceException.class))))
                .because("a face hands a call what it plays and shows what arrives, and reports a device that fails "
                        + "to open; devices, codecs, ICE and the test call stay behind client.call (CallMedia, "
                        + "CallSettings, EchoTest)")
                .check(CLASSES);
    }

    /** Calls to code with a parameter of one of {@code types}. */
    private static DescribedPredicate<CodeUnitCallTarget> taking(Class<?>... types) {
        DescribedPredicate<JavaClass> anyOf = belongToAnyOf(types);
        return DescribedPredicate.describe("taking " + anyOf.getDescription(),
                t -> t.getRawParameterTypes().stream().anyMatch(anyOf));
    }
}
