package im.parley.it;

import static im.parley.it.SlixmppPeer.event;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.CoreResponders;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Round trips with an independent implementation: the slixmpp peer of ../shared/peers. */
class PeerInteropIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void echoRoundTripWithSlixmpp() throws Exception {
        try (SlixmppPeer peer = SlixmppPeer.start(prosody, "carol", "--echo");
             XmppClient alice = new XmppClient(prosody.config("alice").build())) {
            CompletableFuture<Message> echo = new CompletableFuture<>();
            alice.addMessageListener(m -> m.body().filter(b -> b.equals("echo: héllo <&> 🌍")).ifPresent(b -> echo.complete(m)));
            alice.connect();
            alice.send(Presence.builder().build());

            alice.send(Message.builder().to(peer.jid()).type(Message.Type.CHAT).body("héllo <&> 🌍").build());

            Message reply = echo.get(20, TimeUnit.SECONDS);
            assertThat(reply.from()).isEqualTo(peer.jid());
            assertThat(reply.type()).isEqualTo(Message.Type.CHAT);
            assertThat(peer.await(event("message"), 10)).contains("h\\u00e9llo <&> \\ud83c\\udf0d");
        }
    }

    @Test
    void peerQueriesOurVersionAndDiscoAndPingsUs() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config(prosody.jid("alice").withResource("desk"), "alicepass").build())) {
            CoreResponders.install(alice, new SoftwareVersion("Parley", "test", null), () -> Duration.ofSeconds(5));
            alice.connect();
            alice.send(Presence.builder().build());
            String me = alice.jid().toString();

            try (SlixmppPeer peer = SlixmppPeer.start(prosody, "carol", "--stdin")) {
                // One command at a time: the peer reads stdin line by line as it becomes readable.
                peer.command("{\"cmd\":\"version\",\"to\":\"" + me + "\"}");
                assertThat(peer.await(event("version"), 20)).contains("Parley");
                peer.command("{\"cmd\":\"disco\",\"to\":\"" + me + "\"}");
                assertThat(peer.await(event("disco_info"), 20)).contains(DiscoInfo.NAMESPACE);
                peer.command("{\"cmd\":\"ping\",\"to\":\"" + me + "\"}");
                assertThat(peer.await(event("pong"), 20)).isNotEmpty();
            }
        }
    }
}
