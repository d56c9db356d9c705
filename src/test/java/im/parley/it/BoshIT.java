package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.transport.TlsException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0124/0206 against Prosody's /http-bind, over HTTPS with the test CA. */
class BoshIT {
    private final TestServer prosody = TestServer.prosody();

    private URI httpsBosh() {
        return URI.create("https://localhost:" + prosody.env().get("HTTPS_PORT") + "/http-bind");
    }

    @Test
    void logsInOverBoshAndTalksWithATcpSession() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").bosh(httpsBosh()).build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            CompletableFuture<Message> atBob = new CompletableFuture<>();
            CompletableFuture<Message> atAlice = new CompletableFuture<>();
            bob.addMessageListener(m -> m.body().filter(b -> b.equals("over bosh")).ifPresent(b -> atBob.complete(m)));
            alice.addMessageListener(m -> m.body().filter(b -> b.equals("over tcp")).ifPresent(b -> atAlice.complete(m)));
            alice.connect();
            bob.connect();
            alice.send(Presence.builder().build());
            bob.send(Presence.builder().build());

            assertThat(alice.mechanism()).startsWith("SCRAM-SHA-1");
            alice.send(Message.builder().to(bob.jid()).type(Message.Type.CHAT).body("over bosh").build());
            assertThat(atBob.get(20, TimeUnit.SECONDS).from()).isEqualTo(alice.jid());

            bob.send(Message.builder().to(alice.jid()).type(Message.Type.CHAT).body("over tcp").build());
            assertThat(atAlice.get(20, TimeUnit.SECONDS).from()).isEqualTo(bob.jid());
        }
    }

    @Test
    void plainHttpIsRefused() {
        URI plain = URI.create(prosody.env().get("BOSH_URL"));
        assertThatThrownBy(() -> new XmppClient(prosody.config("alice").bosh(plain).build()).connect())
                .isInstanceOf(TlsException.class);
    }
}
