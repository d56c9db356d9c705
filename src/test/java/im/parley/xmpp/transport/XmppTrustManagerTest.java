package im.parley.xmpp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.transport.CertificateDecision.Verdict;
import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chain, identity and pin checks, with a private CA made by openssl as the extra trust anchor. */
class XmppTrustManagerTest {
    private static final String AUTH_TYPE = "ECDHE_ECDSA";

    @TempDir
    static Path dir;

    private static X509Certificate ca;
    private static X509Certificate leaf;
    private static X509Certificate strangerLeaf;
    private static X509Certificate expiredLeaf;

    @BeforeAll
    static void makeCertificates() throws Exception {
        TestCertificates certs = new TestCertificates(dir);
        ca = certs.authority("parley-test-ca");
        leaf = certs.issued("parley-test-ca", "leaf", 2, "subjectAltName=DNS:example.com");
        expiredLeaf = certs.issued("parley-test-ca", "expired", -1, "subjectAltName=DNS:example.com");
        certs.authority("stranger-ca");
        strangerLeaf = certs.issued("stranger-ca", "stranger", 2, "subjectAltName=DNS:example.com");
    }

    /** Records every problem it is asked about and answers with one verdict. */
    private static final class RecordingDecision implements CertificateDecision {
        final List<CertificateProblem> asked = new ArrayList<>();
        private final Verdict verdict;

        RecordingDecision(Verdict verdict) {
            this.verdict = verdict;
        }

        @Override
        public Verdict decide(CertificateProblem problem) {
            asked.add(problem);
            return verdict;
        }
    }

    private static XmppTrustManager withCa(String domain, CertificateDecision decision) {
        return new XmppTrustManager(domain, List.of(ca), Set.of(), decision);
    }

    @Test
    void leafFromTheExtraAnchorForTheDomainPassesWithoutAsking() {
        RecordingDecision decision = new RecordingDecision(Verdict.REJECT);
        XmppTrustManager tm = withCa("example.com", decision);

        assertThatCode(() -> tm.checkServerTrusted(new X509Certificate[]{leaf}, AUTH_TYPE)).doesNotThrowAnyException();
        assertThatCode(() -> tm.checkServerTrusted(new X509Certificate[]{leaf, ca}, AUTH_TYPE))
                .doesNotThrowAnyException();
        assertThat(decision.asked).isEmpty();
        assertThat(tm.lastProblem()).isNull();
    }

    @Test
    void trustedLeafForAnotherDomainIsANameMismatch() {
        RecordingDecision decision = new RecordingDecision(Verdict.REJECT);
        XmppTrustManager tm = withCa("other.org", decision);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[]{leaf, ca}, AUTH_TYPE))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("NAME_MISMATCH");

        assertThat(decision.asked).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(CertificateProblem.Reason.NAME_MISMATCH);
            assertThat(p.domain()).isEqualTo("other.org");
            assertThat(p.chain()).containsExactly(leaf, ca);
            assertThat(p.leafFingerprint()).isEqualTo(CertificateFingerprints.sha256(leaf));
        });
        assertThat(tm.lastProblem()).isSameAs(decision.asked.get(0));
    }

    @Test
    void leafFromAnUnknownCaIsAnUntrustedIssuer() {
        RecordingDecision decision = new RecordingDecision(Verdict.REJECT);
        XmppTrustManager tm = withCa("example.com", decision);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[]{strangerLeaf}, AUTH_TYPE))
                .isInstanceOf(CertificateException.class);

        assertThat(decision.asked).singleElement()
                .extracting(CertificateProblem::reason).isEqualTo(CertificateProblem.Reason.UNTRUSTED_ISSUER);
    }

    @Test
    void withoutExtraAnchorsASelfMadeCaIsUntrusted() {
        RecordingDecision decision = new RecordingDecision(Verdict.REJECT);
        XmppTrustManager tm = new XmppTrustManager("example.com", List.of(), Set.of(), decision);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[]{leaf, ca}, AUTH_TYPE))
                .isInstanceOf(CertificateException.class);
        assertThat(decision.asked).extracting(CertificateProblem::reason)
                .containsExactly(CertificateProblem.Reason.UNTRUSTED_ISSUER);
    }

    @Test
    void acceptOnceLetsAFailingCertificateThroughButStillRecordsTheProblem() {
        RecordingDecision decision = new RecordingDecision(Verdict.ACCEPT_ONCE);
        XmppTrustManager mismatch = withCa("other.org", decision);
        XmppTrustManager untrusted = withCa("example.com", decision);

        assertThatCode(() -> mismatch.checkServerTrusted(new X509Certificate[]{leaf}, AUTH_TYPE))
                .doesNotThrowAnyException();
        assertThatCode(() -> untrusted.checkServerTrusted(new X509Certificate[]{strangerLeaf}, AUTH_TYPE))
                .doesNotThrowAnyException();

        assertThat(decision.asked).extracting(CertificateProblem::reason).containsExactly(
                CertificateProblem.Reason.NAME_MISMATCH, CertificateProblem.Reason.UNTRUSTED_ISSUER);
        assertThat(untrusted.lastProblem().reason()).isEqualTo(CertificateProblem.Reason.UNTRUSTED_ISSUER);
    }

    @Test
    void pinVerdictAlsoAccepts() {
        XmppTrustManager tm = withCa("other.org", new RecordingDecision(Verdict.PIN));

        assertThatCode(() -> tm.checkServerTrusted(new X509Certificate[]{leaf}, AUTH_TYPE)).doesNotThrowAnyException();
    }

    @Test
    void aDecisionAnsweringNullRefuses() {
        XmppTrustManager tm = withCa("other.org", problem -> null);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[]{leaf}, AUTH_TYPE))
                .isInstanceOf(CertificateException.class);
    }

    @Test
    void pinnedLeafPassesWithoutAnchorsAndWithoutAsking() {
        CertificateDecision mustNotBeAsked = problem -> {
            throw new AssertionError("decision asked about " + problem);
        };
        String pin = CertificateFingerprints.sha256(strangerLeaf);
        XmppTrustManager plain = new XmppTrustManager("other.org", List.of(), Set.of(pin), mustNotBeAsked);
        // Pins may be entered as shown to users: upper case with colons.
        String shown = pin.toUpperCase(Locale.ROOT).replaceAll("(..)(?!$)", "$1:");
        XmppTrustManager colons = new XmppTrustManager("other.org", List.of(), Set.of(shown), mustNotBeAsked);

        assertThatCode(() -> plain.checkServerTrusted(new X509Certificate[]{strangerLeaf}, AUTH_TYPE))
                .doesNotThrowAnyException();
        assertThatCode(() -> colons.checkServerTrusted(new X509Certificate[]{strangerLeaf}, AUTH_TYPE, (Socket) null))
                .doesNotThrowAnyException();
    }

    @Test
    void aPinOnlyCoversTheLeafItWasMadeFrom() {
        RecordingDecision decision = new RecordingDecision(Verdict.REJECT);
        // The CA's fingerprint pinned does not vouch for the leaf it signed.
        XmppTrustManager tm = new XmppTrustManager("example.com", List.of(), Set.of(CertificateFingerprints.sha256(ca)),
                decision);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[]{leaf, ca}, AUTH_TYPE, (SSLEngine) null))
                .isInstanceOf(CertificateException.class);
        assertThat(decision.asked).hasSize(1);
    }

    @Test
    void emptyChainIsRefusedOutright() {
        RecordingDecision decision = new RecordingDecision(Verdict.ACCEPT_ONCE);
        XmppTrustManager tm = withCa("example.com", decision);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[0], AUTH_TYPE))
                .isInstanceOf(CertificateException.class);
        assertThatThrownBy(() -> tm.checkServerTrusted(null, AUTH_TYPE)).isInstanceOf(CertificateException.class);
        assertThat(decision.asked).isEmpty();
    }

    @Test
    void clientCertificatesAreNeverTrusted() {
        XmppTrustManager tm = withCa("example.com", new RecordingDecision(Verdict.ACCEPT_ONCE));
        X509Certificate[] chain = {leaf, ca};

        assertThatThrownBy(() -> tm.checkClientTrusted(chain, AUTH_TYPE)).isInstanceOf(CertificateException.class);
        assertThatThrownBy(() -> tm.checkClientTrusted(chain, AUTH_TYPE, (Socket) null))
                .isInstanceOf(CertificateException.class);
        assertThatThrownBy(() -> tm.checkClientTrusted(chain, AUTH_TYPE, (SSLEngine) null))
                .isInstanceOf(CertificateException.class);
    }

    @Test
    void acceptedIssuersIncludeTheExtraAnchor() {
        assertThat(withCa("example.com", CertificateDecision.REJECT).getAcceptedIssuers()).contains(ca);
    }

    @Test
    void expiredLeafIsReportedAsExpired() {
        RecordingDecision decision = new RecordingDecision(Verdict.REJECT);
        XmppTrustManager tm = withCa("example.com", decision);

        assertThatThrownBy(() -> tm.checkServerTrusted(new X509Certificate[]{expiredLeaf}, AUTH_TYPE))
                .isInstanceOf(CertificateException.class);
        assertThat(decision.asked).extracting(CertificateProblem::reason)
                .containsExactly(CertificateProblem.Reason.EXPIRED_OR_INVALID);
    }
}
