package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.sasl.SaslFailureCondition;
import im.parley.xmpp.session.AuthenticationException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.transport.CertificateDecision;
import im.parley.xmpp.transport.CertificateFingerprints;
import im.parley.xmpp.transport.CertificateProblem;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsException;
import im.parley.xmpp.transport.TlsSettings;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** RFC 6120 §5 (STARTTLS), §6 (SASL), §7 (binding), XEP-0368, against the real Prosody. */
class LoginIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void startTlsAndScramSha1BindAResource() throws Exception {
        try (XmppClient client = new XmppClient(prosody.config("alice").build())) {
            client.connect();

            assertThat(client.mechanism()).isEqualTo("SCRAM-SHA-1");
            assertThat(client.jid().bare()).isEqualTo(prosody.jid("alice"));
            assertThat(client.jid().resource()).isNotEmpty();
            assertThat(client.isStreamManagementEnabled()).isTrue();
        }
    }

    @Test
    void channelBindingGivesScramSha1Plus() throws Exception {
        var config = prosody.config("alice").tls(new TlsSettings(List.of(prosody.ca()), Set.of(), null, true)).build();
        try (XmppClient client = new XmppClient(config)) {
            client.connect();
            assertThat(client.mechanism()).isEqualTo("SCRAM-SHA-1-PLUS");
        }
    }

    @Test
    void requestedResourceIsBound() throws Exception {
        Jid wanted = prosody.jid("alice").withResource("desk top");
        try (XmppClient client = new XmppClient(prosody.config(wanted, "alicepass").build())) {
            client.connect();
            assertThat(client.jid()).isEqualTo(wanted);
        }
    }

    @Test
    void directTlsLogsIn() throws Exception {
        var config = prosody.config("bob")
                .server(new ServerAddress("127.0.0.1", prosody.directTlsPort(), true)).build();
        try (XmppClient client = new XmppClient(config)) {
            client.connect();
            assertThat(client.jid().bare()).isEqualTo(prosody.jid("bob"));
        }
    }

    @Test
    void certificateFromAnUntrustedCaIsRefusedAndTheUserIsAsked() {
        AtomicReference<CertificateProblem> asked = new AtomicReference<>();
        var config = prosody.config("alice")
                .tls(new TlsSettings(List.of(), Set.of(), problem -> {
                    asked.set(problem);
                    return CertificateDecision.Verdict.REJECT;
                })).build();

        assertThatThrownBy(() -> new XmppClient(config).connect())
                .isInstanceOf(TlsException.class)
                .hasMessageContaining("UNTRUSTED_ISSUER");
        assertThat(asked.get()).isNotNull();
        assertThat(asked.get().reason()).isEqualTo(CertificateProblem.Reason.UNTRUSTED_ISSUER);
        assertThat(asked.get().domain()).isEqualTo("localhost");
    }

    @Test
    void pinnedCertificateIsAcceptedWithoutItsCa() throws Exception {
        AtomicReference<X509Certificate> leaf = new AtomicReference<>();
        var probe = prosody.config("alice").tls(new TlsSettings(List.of(), Set.of(), problem -> {
            leaf.set(problem.chain().get(0));
            return CertificateDecision.Verdict.REJECT;
        })).build();
        assertThatThrownBy(() -> new XmppClient(probe).connect()).isInstanceOf(TlsException.class);

        String pin = CertificateFingerprints.sha256(leaf.get());
        var pinned = prosody.config("alice").tls(new TlsSettings(List.of(), Set.of(pin), null)).build();
        try (XmppClient client = new XmppClient(pinned)) {
            client.connect();
            assertThat(client.jid()).isNotNull();
        }
    }

    @Test
    void userMayAcceptAnUntrustedCertificateOnce() throws Exception {
        var config = prosody.config("alice")
                .tls(new TlsSettings(List.of(), Set.of(), problem -> CertificateDecision.Verdict.ACCEPT_ONCE)).build();
        try (XmppClient client = new XmppClient(config)) {
            client.connect();
            assertThat(client.jid()).isNotNull();
        }
    }

    @Test
    void wrongPasswordFailsWithTheSaslCondition() {
        var config = prosody.config("alice", "not-the-password").build();

        assertThatThrownBy(() -> new XmppClient(config).connect())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.condition()).isEqualTo(SaslFailureCondition.NOT_AUTHORIZED));
    }
}
