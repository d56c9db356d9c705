package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.jingle.Content;
import im.parley.xmpp.ext.jingle.Jingle;
import im.parley.xmpp.ext.jingle.JingleAction;
import im.parley.xmpp.ext.jingle.JingleError;
import im.parley.xmpp.ext.jingle.JingleListener;
import im.parley.xmpp.ext.jingle.JingleManager;
import im.parley.xmpp.ext.jingle.JingleSession;
import im.parley.xmpp.ext.jingle.Reason;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * XEP-0166 signalling between two accounts through the real Prosody: initiate, accept,
 * session-info, a forged terminate from a third account, and the responder's terminate.
 */
class JingleSignallingIT {
    private static final String APP_NS = "urn:parley:test:jingle-app";
    private static final String TRANSPORT_NS = "urn:parley:test:jingle-transport";
    private static final String INFO_NS = "urn:parley:test:jingle-info";

    private final TestServer prosody = TestServer.prosody();

    /** Everything a listener heard, as text; the responder's accepts each incoming session at once. */
    private static final class Recorder implements JingleListener {
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final boolean autoAccept;

        Recorder(boolean autoAccept) {
            this.autoAccept = autoAccept;
        }

        @Override
        public void incomingSession(JingleSession session, Jingle initiate) {
            events.add("incoming " + session.sid() + " from " + session.peer());
            if (autoAccept) {
                session.accept(initiate.contents());
            }
        }

        @Override
        public void terminated(JingleSession session, Reason reason, boolean byPeer) {
            events.add("terminated " + session.sid() + " " + (reason == null ? "-" : reason.condition().elementName())
                    + (byPeer ? " by peer" : " by us"));
        }

        @Override
        public void accepted(JingleSession session, Jingle accept) {
            events.add("accepted " + session.sid());
        }

        @Override
        public void sessionInfo(JingleSession session, List<XmlElement> payloads) {
            events.add("info " + session.sid() + " " + payloads.get(0).name());
        }

        void await(String event) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String e = events.poll(200, TimeUnit.MILLISECONDS);
                if (event.equals(e)) {
                    return;
                }
                if (e != null) {
                    System.out.println("JingleSignallingIT: passing over " + e);
                }
            }
            throw new AssertionError("no event: " + event);
        }
    }

    private XmppClient online(String user) throws Exception {
        XmppClient client = new XmppClient(prosody.config(prosody.jid(user).withResource("jingle-" + UUID.randomUUID()),
                user + "pass").build());
        client.connect();
        client.send(Presence.builder().build());
        return client;
    }

    @Test
    void aliceCallsBobWhoAcceptsIgnoresCarolsForgeryAndHangsUp() throws Exception {
        try (XmppClient alice = online("alice"); XmppClient bob = online("bob"); XmppClient carol = online("carol")) {
            Recorder aliceHeard = new Recorder(false);
            Recorder bobHeard = new Recorder(true);
            JingleManager aliceJingle = new JingleManager(alice, aliceHeard, Set.of(INFO_NS));
            JingleManager bobJingle = new JingleManager(bob, bobHeard, Set.of(INFO_NS));
            String sid = "it" + UUID.randomUUID().toString().replace("-", "");
            Content dummy = Content.of(Content.Creator.INITIATOR, "dummy",
                    XmlElement.builder("description", APP_NS).attribute("media", "nothing").build(),
                    XmlElement.empty("transport", TRANSPORT_NS));

            JingleSession call = aliceJingle.initiate(bob.jid(), sid, List.of(dummy), List.of());
            bobHeard.await("incoming " + sid + " from " + alice.jid());
            aliceHeard.await("accepted " + sid);
            JingleSession answered = bobJingle.session(alice.jid(), sid).orElseThrow();
            assertThat(call.state()).isEqualTo(JingleSession.State.ACTIVE);
            assertThat(answered.state()).isEqualTo(JingleSession.State.ACTIVE);
            assertThat(answered.contents()).containsExactly(dummy);

            Iq ack = call.info(XmlElement.empty("ringing", INFO_NS)).get(20, TimeUnit.SECONDS);
            assertThat(ack.type()).isEqualTo(Iq.Type.RESULT);
            bobHeard.await("info " + sid + " ringing");

            // carol knows the sid but is not the peer: bob refuses and the call goes on.
            Jingle forged = new Jingle(JingleAction.SESSION_TERMINATE, sid, null, null, List.of(),
                    Reason.of(Reason.Condition.SUCCESS), List.of());
            assertThatThrownBy(() -> carol.query(Iq.set(bob.jid(), forged.toXml())).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(StanzaErrorException.class, e -> {
                        assertThat(e.condition()).isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
                        assertThat(JingleError.of(e.error())).contains(JingleError.UNKNOWN_SESSION);
                    });
            assertThat(answered.state()).isEqualTo(JingleSession.State.ACTIVE);
            assertThat(bobJingle.sessions()).containsExactly(answered);
            assertThat(answered.ping().get(20, TimeUnit.SECONDS).type()).isEqualTo(Iq.Type.RESULT);

            answered.terminate(Reason.of(Reason.Condition.SUCCESS)).get(20, TimeUnit.SECONDS);
            aliceHeard.await("terminated " + sid + " success by peer");
            bobHeard.await("terminated " + sid + " success by us");
            assertThat(call.state()).isEqualTo(JingleSession.State.ENDED);
            assertThat(answered.state()).isEqualTo(JingleSession.State.ENDED);
            assertThat(aliceJingle.sessions()).isEmpty();
            assertThat(bobJingle.sessions()).isEmpty();
        }
    }
}
