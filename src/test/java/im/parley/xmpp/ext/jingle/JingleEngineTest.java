package im.parley.xmpp.ext.jingle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The XEP-0166 session rules between engines on a fake network: no server involved. */
class JingleEngineTest {
    private static final String INFO_NS = "urn:xmpp:jingle:apps:rtp:info:1";
    private static final XmlElement RINGING = XmlElement.empty("ringing", INFO_NS);
    private static final Content VOICE = Content.of(Content.Creator.INITIATOR, "voice",
            XmlElement.empty("description", "urn:example:app"), XmlElement.empty("transport", "urn:example:transport"));

    private FakeNetwork net;
    private FakeNetwork.Party alice;
    private FakeNetwork.Party bob;

    @BeforeEach
    void setUp() {
        net = new FakeNetwork();
        alice = net.join("alice@example.com/desk", Set.of(INFO_NS));
        bob = net.join("bob@example.com/phone", Set.of(INFO_NS));
    }

    /** alice offers VOICE to bob, and bob accepts it. */
    private JingleSession[] activeSession(String sid) {
        JingleSession a = alice.engine.initiate(bob.jid, sid, List.of(VOICE), List.of());
        net.flush();
        JingleSession b = bob.only();
        b.accept(List.of(VOICE));
        net.flush();
        return new JingleSession[] {a, b};
    }

    private static Iq set(String from, String to, String jingle) {
        return Iq.builder(Iq.Type.SET).from(Jid.of(from)).to(Jid.of(to)).id("inj")
                .payload(XmlElementParser.parse(jingle)).build();
    }

    private static void assertJingleError(Iq answer, StanzaErrorCondition condition, JingleError jingle) {
        assertThat(answer.type()).isEqualTo(Iq.Type.ERROR);
        StanzaError error = answer.error().orElseThrow();
        assertThat(error.condition()).isEqualTo(condition);
        assertThat(JingleError.of(error)).contains(jingle);
    }

    private static StanzaError failure(CompletableFuture<Iq> f) {
        assertThat(f).isCompletedExceptionally();
        try {
            f.get();
            throw new AssertionError("not failed");
        } catch (ExecutionException e) {
            return ((StanzaErrorException) e.getCause()).error();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void initiateAcceptTransportInfoTerminateOnBothSides() {
        JingleSession a = alice.engine.initiate(bob.jid, "s1", List.of(VOICE), List.of());
        assertThat(a.state()).isEqualTo(JingleSession.State.PENDING);
        assertThat(a.isInitiator()).isTrue();
        net.flush();
        // §6.2: the responder acknowledges before anything is made of the offer.
        assertThat(bob.log).containsExactly("answer result", "incoming s1");
        JingleSession b = bob.incoming.get(0);
        assertThat(b.peer()).isEqualTo(alice.jid);
        assertThat(b.initiator()).isEqualTo(alice.jid);
        assertThat(b.responder()).isEqualTo(bob.jid);
        assertThat(b.isInitiator()).isFalse();
        assertThat(b.contents()).containsExactly(VOICE);

        CompletableFuture<Iq> accepted = b.accept(List.of(VOICE));
        assertThat(b.state()).isEqualTo(JingleSession.State.ACTIVE);
        net.flush();
        assertThat(accepted).isCompletedWithValueMatching(r -> r.type() == Iq.Type.RESULT);
        assertThat(alice.log).containsExactly("answer result", "accepted s1");
        assertThat(a.state()).isEqualTo(JingleSession.State.ACTIVE);

        a.transportInfo(VOICE);
        b.transportInfo(VOICE);
        net.flush();
        assertThat(alice.log).endsWith("answer result", "transport-info s1");
        assertThat(bob.log).endsWith("answer result", "transport-info s1");

        CompletableFuture<Iq> ended = b.terminate(Reason.of(Reason.Condition.SUCCESS));
        // §6.7: ended at once, before the peer's answer.
        assertThat(b.state()).isEqualTo(JingleSession.State.ENDED);
        assertThat(bob.engine.sessions()).isEmpty();
        assertThat(bob.log).endsWith("terminated s1 success by us");
        net.flush();
        assertThat(ended).isCompletedWithValueMatching(r -> r.type() == Iq.Type.RESULT);
        assertThat(a.state()).isEqualTo(JingleSession.State.ENDED);
        assertThat(alice.log).endsWith("answer result", "terminated s1 success by peer");
        assertThat(alice.engine.sessions()).isEmpty();
    }

    @Test
    void initiatorHangsUpAndBothTablesEmpty() {
        JingleSession[] s = activeSession("s1");
        s[0].terminate(Reason.of(Reason.Condition.SUCCESS));
        net.flush();
        assertThat(alice.engine.sessions()).isEmpty();
        assertThat(bob.engine.sessions()).isEmpty();
        assertThat(s[1].state()).isEqualTo(JingleSession.State.ENDED);
        assertThat(bob.log).endsWith("terminated s1 success by peer");
        // Many sessions later, nothing is left behind.
        for (int i = 0; i < 50; i++) {
            JingleSession[] more = activeSession("many" + i);
            (i % 2 == 0 ? more[0] : more[1]).terminate(Reason.of(Reason.Condition.SUCCESS));
            net.flush();
        }
        assertThat(alice.engine.sessions()).isEmpty();
        assertThat(bob.engine.sessions()).isEmpty();
    }

    @Test
    void responderDeclines() {
        alice.engine.initiate(bob.jid, "s1", List.of(VOICE), List.of());
        net.flush();
        bob.only().terminate(Reason.of(Reason.Condition.DECLINE));
        net.flush();
        assertThat(alice.log).endsWith("terminated s1 decline by peer");
        assertThat(alice.engine.sessions()).isEmpty();
    }

    @Test
    void unknownSessionId() {
        Iq answer = net.inject(set("alice@example.com/desk", "bob@example.com/phone",
                "<jingle xmlns='urn:xmpp:jingle:1' action='transport-info' sid='nope'/>"));
        assertJingleError(answer, StanzaErrorCondition.ITEM_NOT_FOUND, JingleError.UNKNOWN_SESSION);
    }

    @Test
    void aThirdPartyCannotActOnTheSession() {
        JingleSession[] s = activeSession("s1");
        String terminate = "<jingle xmlns='urn:xmpp:jingle:1' action='session-terminate' sid='s1'><reason><success/></reason></jingle>";
        for (String forger : List.of("carol@example.com/x", "alice@example.com/other", "alice@example.com")) {
            Iq answer = net.inject(set(forger, "bob@example.com/phone", terminate));
            assertJingleError(answer, StanzaErrorCondition.ITEM_NOT_FOUND, JingleError.UNKNOWN_SESSION);
        }
        assertThat(s[1].state()).isEqualTo(JingleSession.State.ACTIVE);
        assertThat(bob.engine.sessions()).containsExactly(s[1]);
        assertThat(bob.log).noneMatch(e -> e.startsWith("terminated"));
    }

    @Test
    void actionsOutOfOrderAreRefusedBothWays() {
        JingleSession[] s = activeSession("s1");
        // Received: a second session-accept, an accept from the initiator, content-accept with no content-add.
        Iq again = net.inject(set("bob@example.com/phone", "alice@example.com/desk",
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-accept' sid='s1'>"
                        + "<content creator='initiator' name='voice'><description xmlns='urn:example:app'/>"
                        + "<transport xmlns='urn:example:transport'/></content></jingle>"));
        assertJingleError(again, StanzaErrorCondition.UNEXPECTED_REQUEST, JingleError.OUT_OF_ORDER);
        Iq fromInitiator = net.inject(set("alice@example.com/desk", "bob@example.com/phone",
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-accept' sid='s1'>"
                        + "<content creator='initiator' name='voice'><description xmlns='urn:example:app'/>"
                        + "<transport xmlns='urn:example:transport'/></content></jingle>"));
        assertJingleError(fromInitiator, StanzaErrorCondition.UNEXPECTED_REQUEST, JingleError.OUT_OF_ORDER);
        Iq contentAccept = net.inject(set("bob@example.com/phone", "alice@example.com/desk",
                "<jingle xmlns='urn:xmpp:jingle:1' action='content-accept' sid='s1'>"
                        + "<content creator='initiator' name='video'/></jingle>"));
        assertJingleError(contentAccept, StanzaErrorCondition.UNEXPECTED_REQUEST, JingleError.OUT_OF_ORDER);
        Iq initiateAgain = net.inject(set("alice@example.com/desk", "bob@example.com/phone",
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s1'>"
                        + "<content creator='initiator' name='voice'><description xmlns='urn:example:app'/>"
                        + "<transport xmlns='urn:example:transport'/></content></jingle>"));
        assertJingleError(initiateAgain, StanzaErrorCondition.UNEXPECTED_REQUEST, JingleError.OUT_OF_ORDER);

        // Sent: the same mistakes fail locally and nothing goes out.
        int aliceAnswers = alice.answers.size();
        int bobAnswers = bob.answers.size();
        assertThat(s[1].accept(List.of(VOICE))).isCompletedExceptionally();
        assertThat(s[0].accept(List.of(VOICE))).isCompletedExceptionally();
        assertThat(s[0].contentAccept(List.of(Content.reference(Content.Creator.RESPONDER, "video"))))
                .isCompletedExceptionally();
        assertThatThrownBy(() -> s[0].transportAccept(VOICE).join()).hasCauseInstanceOf(IllegalStateException.class);
        net.flush();
        assertThat(bob.answers).hasSize(bobAnswers);
        assertThat(alice.answers).hasSize(aliceAnswers);
        assertThat(s[0].state()).isEqualTo(JingleSession.State.ACTIVE);
        assertThat(s[1].state()).isEqualTo(JingleSession.State.ACTIVE);
    }

    @Test
    void afterTerminateThePeerIsToldTheSessionIsUnknown() {
        JingleSession[] s = activeSession("s1");
        s[0].terminate(Reason.of(Reason.Condition.SUCCESS));
        // bob's transport-info crosses alice's terminate.
        CompletableFuture<Iq> late = s[1].transportInfo(VOICE);
        net.flush();
        assertThat(JingleError.of(failure(late))).contains(JingleError.UNKNOWN_SESSION);
        assertThat(s[0].ping()).isCompletedExceptionally();
        assertThatThrownBy(() -> s[0].terminate(Reason.of(Reason.Condition.SUCCESS)).join())
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(alice.log.stream().filter(e -> e.startsWith("terminated"))).hasSize(1);
    }

    @Test
    void crossingInitiatesKeepTheLowerSessionId() {
        JingleSession mine = alice.engine.initiate(bob.jid, "aaa", List.of(VOICE), List.of());
        JingleSession theirs = bob.engine.initiate(alice.jid, "bbb", List.of(VOICE), List.of());
        net.flush();
        // alice refuses bob's higher id; bob acknowledges alice's and drops his own.
        assertThat(alice.answers).extracting(Iq::type).containsExactly(Iq.Type.ERROR);
        assertJingleError(alice.answers.get(0), StanzaErrorCondition.CONFLICT, JingleError.TIE_BREAK);
        assertThat(bob.log).containsExactly("terminated bbb alternative-session by peer", "answer result", "incoming aaa");
        assertThat(theirs.state()).isEqualTo(JingleSession.State.ENDED);
        assertThat(mine.state()).isEqualTo(JingleSession.State.PENDING);
        assertThat(alice.engine.sessions()).containsExactly(mine);
        assertThat(bob.only().sid()).isEqualTo("aaa");
        assertThat(bob.only().isInitiator()).isFalse();
    }

    @Test
    void crossingInitiatesWithTheSameIdKeepTheLowerJid() {
        JingleSession mine = alice.engine.initiate(bob.jid, "same", List.of(VOICE), List.of());
        JingleSession theirs = bob.engine.initiate(alice.jid, "same", List.of(VOICE), List.of());
        net.flush();
        assertJingleError(alice.answers.get(0), StanzaErrorCondition.CONFLICT, JingleError.TIE_BREAK);
        assertThat(theirs.state()).isEqualTo(JingleSession.State.ENDED);
        assertThat(mine.state()).isEqualTo(JingleSession.State.PENDING);
        assertThat(bob.only().isInitiator()).isFalse();
        assertThat(alice.only()).isSameAs(mine);
    }

    @Test
    void sessionsForOtherApplicationsDoNotCross() {
        Content file = Content.of(Content.Creator.INITIATOR, "file",
                XmlElement.empty("description", "urn:example:file"), XmlElement.empty("transport", "urn:example:transport"));
        alice.engine.initiate(bob.jid, "aaa", List.of(VOICE), List.of());
        bob.engine.initiate(alice.jid, "bbb", List.of(file), List.of());
        net.flush();
        assertThat(alice.engine.sessions()).hasSize(2);
        assertThat(bob.engine.sessions()).hasSize(2);
    }

    @Test
    void crossingContentAddsLetTheInitiatorWin() {
        JingleSession[] s = activeSession("s1");
        Content aliceVideo = Content.of(Content.Creator.INITIATOR, "video",
                XmlElement.empty("description", "urn:example:app"), XmlElement.empty("transport", "urn:example:transport"));
        Content bobVideo = Content.of(Content.Creator.RESPONDER, "video",
                XmlElement.empty("description", "urn:example:app"), XmlElement.empty("transport", "urn:example:transport"));
        CompletableFuture<Iq> fromAlice = s[0].contentAdd(List.of(aliceVideo));
        CompletableFuture<Iq> fromBob = s[1].contentAdd(List.of(bobVideo));
        net.flush();
        assertThat(fromAlice).isCompletedWithValueMatching(r -> r.type() == Iq.Type.RESULT);
        assertThat(JingleError.of(failure(fromBob))).contains(JingleError.TIE_BREAK);
        s[1].contentAccept(List.of(aliceVideo));
        net.flush();
        assertThat(s[0].contents()).containsExactly(VOICE, aliceVideo);
        assertThat(s[1].contents()).containsExactly(VOICE, aliceVideo);
        // Once answered, bob may try again.
        CompletableFuture<Iq> retry = s[1].contentAdd(List.of(bobVideo));
        net.flush();
        assertThat(retry).isCompletedWithValueMatching(r -> r.type() == Iq.Type.RESULT);
        s[0].contentReject(List.of(bobVideo));
        net.flush();
        assertThat(s[1].contents()).containsExactly(VOICE, aliceVideo);
        assertThat(alice.log).containsSubsequence("content-accept s1", "content-add s1");
        assertThat(bob.log).containsSubsequence("content-add s1", "content-reject s1");
    }

    @Test
    void contentModifyRemoveAndTransportReplacement() {
        JingleSession[] s = activeSession("s1");
        s[1].contentModify(VOICE.withSenders(Content.Senders.RESPONDER));
        net.flush();
        assertThat(s[0].contents()).extracting(Content::senders).containsExactly(Content.Senders.RESPONDER);
        assertThat(s[1].contents()).extracting(Content::senders).containsExactly(Content.Senders.RESPONDER);
        XmlElement relay = XmlElement.empty("transport", "urn:example:relay");
        s[0].transportReplace(VOICE.withTransport(relay));
        net.flush();
        assertThat(bob.log).endsWith("transport-replace s1");
        s[1].transportAccept(VOICE.withTransport(relay));
        net.flush();
        assertThat(s[0].contents().get(0).transport()).isEqualTo(relay);
        assertThat(s[1].contents().get(0).transport()).isEqualTo(relay);
        assertThat(s[1].transportReject(VOICE)).isCompletedExceptionally();
        Iq bare = net.inject(set("alice@example.com/desk", "bob@example.com/phone",
                "<jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s1'><content creator='initiator' name='x'/></jingle>"));
        assertThat(bare.error().orElseThrow().condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
        s[0].contentRemove(List.of(Content.reference(Content.Creator.INITIATOR, "voice")));
        net.flush();
        assertThat(s[0].contents()).isEmpty();
        assertThat(s[1].contents()).isEmpty();
        assertThat(bob.log).endsWith("content-remove s1");
    }

    @Test
    void sessionPingIsAnsweredAndUnknownInfoRefused() {
        JingleSession[] s = activeSession("s1");
        CompletableFuture<Iq> ping = s[0].ping();
        net.flush();
        assertThat(ping).isCompletedWithValueMatching(r -> r.type() == Iq.Type.RESULT);
        assertThat(bob.log).endsWith("answer result");
        s[1].info(RINGING);
        net.flush();
        assertThat(alice.infos).containsExactly(RINGING);
        assertThat(alice.log).endsWith("answer result", "info s1");
        CompletableFuture<Iq> odd = s[1].info(XmlElement.empty("mute", "urn:example:unknown-info"));
        net.flush();
        StanzaError error = failure(odd);
        assertThat(error.condition()).isEqualTo(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED);
        assertThat(JingleError.of(error)).contains(JingleError.UNSUPPORTED_INFO);
        assertThat(alice.infos).containsExactly(RINGING);
        assertThat(s[0].state()).isEqualTo(JingleSession.State.ACTIVE);
    }

    @Test
    void anErrorAnsweringSessionInitiateEndsTheSession() {
        JingleSession nobody = alice.engine.initiate(Jid.of("dave@example.com/gone"), "s1", List.of(VOICE), List.of());
        assertThat(nobody.state()).isEqualTo(JingleSession.State.ENDED);
        assertThat(alice.engine.sessions()).isEmpty();
        assertThat(alice.log).containsExactly("terminated s1 general-error by peer");

        FakeNetwork.Party carol = net.join("carol@example.com/pc", Set.of());
        // carol refuses bad offers: no content of disposition session.
        Content early = new Content(Content.Creator.INITIATOR, "early", null, "early-session",
                VOICE.description(), VOICE.transport(), null);
        assertThatThrownBy(() -> alice.engine.initiate(carol.jid, "s2", List.of(early), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Iq bad = net.inject(set("alice@example.com/desk", "carol@example.com/pc",
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s3'>"
                        + "<content creator='initiator' name='early' disposition='early-session'>"
                        + "<description xmlns='urn:example:app'/><transport xmlns='urn:example:transport'/></content></jingle>"));
        assertThat(bad.error().orElseThrow().condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
        assertThat(carol.engine.sessions()).isEmpty();
    }

    @Test
    void malformedRequestsAreBadRequests() {
        for (String jingle : List.of(
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-redirect' sid='s1'/>",
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s1'/>",
                "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s1'><content creator='initiator' name='x'/></jingle>")) {
            Iq answer = net.inject(set("alice@example.com/desk", "bob@example.com/phone", jingle));
            assertThat(answer.error().orElseThrow().condition()).as(jingle).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
        }
        assertThat(bob.engine.sessions()).isEmpty();
        assertThatThrownBy(() -> alice.engine.initiate(Jid.of("bob@example.com"), "s1", List.of(VOICE), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        alice.engine.initiate(bob.jid, "s1", List.of(VOICE), List.of());
        assertThatThrownBy(() -> alice.engine.initiate(bob.jid, "s1", List.of(VOICE), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPeerGoingOfflineEndsItsSessions() {
        FakeNetwork.Party carol = net.join("carol@example.com/pc", Set.of());
        activeSession("s1");
        alice.engine.initiate(carol.jid, "s2", List.of(VOICE), List.of());
        net.flush();
        alice.engine.peerGone(Jid.of("bob@example.com/other"));
        assertThat(alice.engine.sessions()).hasSize(2);
        alice.engine.peerGone(bob.jid);
        assertThat(alice.engine.sessions()).extracting(JingleSession::peer).containsExactly(carol.jid);
        assertThat(alice.log).contains("terminated s1 gone by peer");
        alice.engine.peerGone(Jid.of("carol@example.com"));
        assertThat(alice.engine.sessions()).isEmpty();
    }
}
