package im.parley.xmpp.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 6125 / RFC 7590 reference identity matching against certificates made by openssl. */
class ServerIdentityTest {
    @TempDir
    static Path dir;

    private static X509Certificate combined;
    private static X509Certificate wildcard;
    private static X509Certificate topLevelWildcard;
    private static X509Certificate partialWildcards;
    private static X509Certificate srvIds;
    private static X509Certificate foreignOtherName;
    private static X509Certificate cnOnly;
    private static X509Certificate idn;

    @BeforeAll
    static void makeCertificates() throws Exception {
        TestCertificates certs = new TestCertificates(dir);
        combined = certs.selfSigned("combined", "subjectAltName=DNS:Example.COM,"
                + "otherName:1.3.6.1.5.5.7.8.5;UTF8:chat.example.org,"
                + "otherName:1.3.6.1.5.5.7.8.7;IA5STRING:_xmpp-client.srv.example.net");
        wildcard = certs.selfSigned("wildcard", "subjectAltName=DNS:*.example.com");
        topLevelWildcard = certs.selfSigned("tld", "subjectAltName=DNS:*.com");
        partialWildcards = certs.selfSigned("partial", "subjectAltName=DNS:f*.example.com,DNS:a.*.example.com");
        srvIds = certs.selfSigned("srv", "subjectAltName=otherName:1.3.6.1.5.5.7.8.7;IA5STRING:_xmpps-client.tls.example.net,"
                + "otherName:1.3.6.1.5.5.7.8.7;IA5STRING:_xmpp-server.s2s.example.net");
        // A Microsoft UPN otherName with a value that would match if the OID were ignored.
        foreignOtherName = certs.selfSigned("upn", "subjectAltName=otherName:1.3.6.1.4.1.311.20.2.3;UTF8:example.com");
        cnOnly = certs.selfSigned("example.com");
        idn = certs.selfSigned("idn", "subjectAltName=DNS:xn--bcher-kva.example");
    }

    @Test
    void dnsIdMatchesExactlyAndIgnoresCase() {
        assertThat(ServerIdentity.matches(combined, "example.com")).isTrue();
        assertThat(ServerIdentity.matches(combined, "EXAMPLE.com")).isTrue();
        assertThat(ServerIdentity.matches(combined, "www.example.com")).isFalse();
        assertThat(ServerIdentity.matches(combined, "example.co")).isFalse();
        assertThat(ServerIdentity.matches(combined, "other.org")).isFalse();
    }

    @Test
    void wildcardCoversExactlyOneLeftMostLabel() {
        assertThat(ServerIdentity.matches(wildcard, "a.example.com")).isTrue();
        assertThat(ServerIdentity.matches(wildcard, "XMPP.Example.com")).isTrue();
        assertThat(ServerIdentity.matches(wildcard, "example.com")).isFalse();
        assertThat(ServerIdentity.matches(wildcard, "a.b.example.com")).isFalse();
        assertThat(ServerIdentity.matches(wildcard, ".example.com")).isFalse();
        assertThat(ServerIdentity.matches(wildcard, "a.example.org")).isFalse();
    }

    @Test
    void wildcardDirectlyUnderATopLevelDomainMatchesNothing() {
        assertThat(ServerIdentity.matches(topLevelWildcard, "example.com")).isFalse();
        assertThat(ServerIdentity.matches(topLevelWildcard, "com")).isFalse();
    }

    @Test
    void wildcardIsOnlyHonouredAsTheWholeLeftMostLabel() {
        assertThat(ServerIdentity.matches(partialWildcards, "foo.example.com")).isFalse();
        assertThat(ServerIdentity.matches(partialWildcards, "a.b.example.com")).isFalse();
    }

    @Test
    void xmppAddrOtherNameNamesTheDomain() {
        assertThat(ServerIdentity.matches(combined, "chat.example.org")).isTrue();
        assertThat(ServerIdentity.matches(combined, "Chat.Example.ORG")).isTrue();
    }

    @Test
    void srvIdForClientServicesNamesTheDomain() {
        assertThat(ServerIdentity.matches(combined, "srv.example.net")).isTrue();
        assertThat(ServerIdentity.matches(srvIds, "tls.example.net")).isTrue();
    }

    @Test
    void otherNamesNameOnlyTheirOwnDomain() {
        assertThat(ServerIdentity.matches(combined, "example.org")).isFalse();
        assertThat(ServerIdentity.matches(combined, "example.net")).isFalse();
        // The SRV-ID is not a DNS-ID: its whole value is not a name for the domain.
        assertThat(ServerIdentity.matches(combined, "_xmpp-client.srv.example.net")).isFalse();
    }

    @Test
    void srvIdForAnotherServiceDoesNotCount() {
        assertThat(ServerIdentity.matches(srvIds, "s2s.example.net")).isFalse();
    }

    @Test
    void otherNameWithAnotherOidDoesNotCount() {
        assertThat(ServerIdentity.matches(foreignOtherName, "example.com")).isFalse();
    }

    @Test
    void commonNameIsNotUsedWithoutSubjectAltNames() {
        assertThat(cnOnly.getSubjectX500Principal().getName()).isEqualTo("CN=example.com");
        assertThat(ServerIdentity.matches(cnOnly, "example.com")).isFalse();
    }

    @Test
    void internationalizedDomainMatchesItsALabelDnsId() {
        assertThat(ServerIdentity.matches(idn, "xn--bcher-kva.example")).isTrue();
        assertThat(ServerIdentity.matches(idn, "bücher.example")).isTrue();
    }
}
