package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RFC 6120 §8.2.3 and §10: IQ routing between real sessions, including a forged response. */
class IqRoutingIT {
    private static final String NS = "urn:example:parley-test";
    private final TestServer prosody = TestServer.prosody();

    @Test
    void requestNobodyHandlesIsAnsweredFeatureNotImplemented() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            alice.connect();
            bob.connect();

            assertThatThrownBy(() -> alice.query(Iq.get(bob.jid(), XmlElement.empty("query", NS))).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(StanzaErrorException.class,
                            e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED));
        }
    }

    @Test
    void forgedResponseFromAnotherAccountIsIgnored() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build());
             XmppClient carol = new XmppClient(prosody.config("carol").build())) {
            CountDownLatch forged = new CountDownLatch(1);
            bob.addIqHandler(new IqHandlerKey("query", NS, Iq.Type.GET), request -> {
                try {
                    // Answer only after the forger has had its go.
                    forged.await(10, TimeUnit.SECONDS);
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.result(XmlElement.ofText("query", NS, "genuine"));
            });
            alice.connect();
            bob.connect();
            carol.connect();

            var answer = alice.query(Iq.builder(Iq.Type.GET).to(bob.jid()).id("guessable-1")
                    .payload(XmlElement.empty("query", NS)).build());
            carol.send(Iq.builder(Iq.Type.RESULT).to(alice.jid()).id("guessable-1")
                    .payload(XmlElement.ofText("query", NS, "forged")).build());
            Thread.sleep(300);
            forged.countDown();

            Iq result = answer.get(15, TimeUnit.SECONDS);
            assertThat(result.from()).isEqualTo(bob.jid());
            assertThat(result.query().orElseThrow().text()).isEqualTo("genuine");
        }
    }
}
