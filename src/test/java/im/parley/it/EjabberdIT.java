package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.transport.TlsSettings;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What Prosody 0.12 cannot show, against the real ejabberd 23.01: SCRAM-SHA-512 (RFC 7677 family)
 * and XEP-0138 zlib compression.
 */
class EjabberdIT {
    private final TestServer ejabberd = TestServer.ejabberd();

    @Test
    void strongestScramIsChosen() throws Exception {
        try (XmppClient client = new XmppClient(ejabberd.config("alice").build())) {
            client.connect();
            // ejabberd offers SCRAM-SHA-*-PLUS too, but without XEP-0440 its binding is tls-unique,
            // which JSSE cannot export; the plain SHA-512 variant is the strongest usable one.
            assertThat(client.mechanism()).isEqualTo("SCRAM-SHA-512");
            assertThat(client.isCompressed()).as("compression is off by default").isFalse();
        }
    }

    @Test
    void scramSha256WhenTheUserAllowsOnlyIt() throws Exception {
        try (XmppClient client = new XmppClient(ejabberd.config("bob").mechanisms(Set.of("SCRAM-SHA-256")).build())) {
            client.connect();
            assertThat(client.mechanism()).isEqualTo("SCRAM-SHA-256");
        }
    }

    @Test
    void channelBindingGivesScramSha512Plus() throws Exception {
        var config = ejabberd.config("alice").tls(new TlsSettings(List.of(ejabberd.ca()), Set.of(), null, true)).build();
        try (XmppClient client = new XmppClient(config)) {
            client.connect();
            assertThat(client.mechanism()).isEqualTo("SCRAM-SHA-512-PLUS");
        }
    }

    @Test
    void zlibCompressedSessionsExchangeMessages() throws Exception {
        try (XmppClient alice = new XmppClient(ejabberd.config("alice").compression(true).build());
             XmppClient bob = new XmppClient(ejabberd.config("bob").compression(true).build())) {
            CompletableFuture<Message> received = new CompletableFuture<>();
            bob.addMessageListener(m -> m.body().filter(b -> b.startsWith("squeezed")).ifPresent(b -> received.complete(m)));
            alice.connect();
            bob.connect();
            bob.send(Presence.builder().build());
            assertThat(alice.isCompressed()).isTrue();
            assertThat(bob.isCompressed()).isTrue();

            String body = "squeezed " + "la ".repeat(2000);
            alice.sendAcknowledged(Message.builder().to(bob.jid()).type(Message.Type.CHAT).body(body).build())
                    .get(20, TimeUnit.SECONDS);

            assertThat(received.get(20, TimeUnit.SECONDS).body()).contains(body);
        }
    }
}
