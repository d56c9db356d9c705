package im.parley.xmpp.sasl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Self-signed certificates made with openssl; the expected end-points are the openssl DER encodings
 * piped through sha256sum or sha384sum.
 */
class ChannelBindingsTest {

    private static final String SHA256_WITH_RSA = """
            -----BEGIN CERTIFICATE-----
            MIIDHzCCAgegAwIBAgIUM/yQ1TQseOxrW2UOqryCGagO41kwDQYJKoZIhvcNAQEL
            BQAwHjEcMBoGA1UEAwwTcGFybGV5LXRlc3QuZXhhbXBsZTAgFw0yNjExMjUwMzAz
            MjRaGA8yMTI2MTEwMTAzMDMyNFowHjEcMBoGA1UEAwwTcGFybGV5LXRlc3QuZXhh
            bXBsZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAN1EPRU7T/ieMHod
            JJc5geR2DB92/vpPI4jbDJAgVsKNN7O87VmNl/tFrTkBdoT0xQyxQCeC8odxOj5R
            rA963+GHZ9Rt5OwEqsLu8iuEci7jF9LlqtyEiv4YNs++Qa53bhyBYQH39plmAx9h
            a4RyIWei+LkjwHfkW1k/6D21C6oiXhr0mbi5dBSCasam9NQ1B5WZTZVeOxg1/s7I
            qWFW5XfR336ifCqYX6NyiE3H5R2/dDUgy917nA5GuDANIETKpw9gbadzYn7cfQ1a
            zmwg88olhwVkJWyjCwN5sM4sCh1bsjmCSy1jjjH6xvAEWsJIx8r/MnRHSWFm7OD/
            l1u707sCAwEAAaNTMFEwHQYDVR0OBBYEFKui0XaC0S6ygUJUgf8TRzmDGUSIMB8G
            A1UdIwQYMBaAFKui0XaC0S6ygUJUgf8TRzmDGUSIMA8GA1UdEwEB/wQFMAMBAf8w
            DQYJKoZIhvcNAQELBQADggEBAN0z2pDkMCrsBx8gggQmRsnVtmpiC4+hXdDV5E8H
            0YPnV2eToiPae0T6uixyDnCCS7y5O4OKoK5X1Drxu0frBvTAjdpD5YbpugLp2o0B
            VH4xpIJVokFDfhxIl+kE1D9HgzoFhXOMgb063gKSn46XobS30MNuWTgQ96CqOj9u
            wc6dM39pCqdwGVNFzLamoIR7uxZljBPGsv5hlwr+n33Ru7wPqTNZEcj0/3VE8yZL
            HpXFxHV6hADy1ZLvn4bycNWLkj/OO3RbilQNhrKXbJrPD29lymmW258gFqXngQq5
            UGlDYV5R6HN9VRZ07Omvv5M2CDPgOJRPbtvi09nu4E7WHxg=
            -----END CERTIFICATE-----
            """;

    private static final String ECDSA_WITH_SHA1 = """
            -----BEGIN CERTIFICATE-----
            MIIBgzCCASqgAwIBAgIUa8fFxK0L+DRn+c/9Pcj0OCAnUE0wCQYHKoZIzj0EATAX
            MRUwEwYDVQQDDAxzaGExLmV4YW1wbGUwIBcNMjYxMTI1MDMwMzI0WhgPMjEyNjEx
            MDEwMzAzMjRaMBcxFTATBgNVBAMMDHNoYTEuZXhhbXBsZTBZMBMGByqGSM49AgEG
            CCqGSM49AwEHA0IABNc4f5YZ9OGXehy+agsEjQiCRSEO+OGknTWgj1hxaG4t9+bd
            jhqjJJkH7WfIcWWoMtrwCXSa1xJnhsHQdyE8ITijUzBRMB0GA1UdDgQWBBSvrdYK
            46sNPHjnzwGVitxfBB7Y4jAfBgNVHSMEGDAWgBSvrdYK46sNPHjnzwGVitxfBB7Y
            4jAPBgNVHRMBAf8EBTADAQH/MAkGByqGSM49BAEDSAAwRQIhAM50/9XsJR1zuoIl
            KERBJeTCtcYYWi+nsa+ea9borm6iAiAqhtYoYnLkN0u0OotQ6PLaM+M/18CRsM6k
            +4fXCYGAFg==
            -----END CERTIFICATE-----
            """;

    private static final String ECDSA_WITH_SHA384 = """
            -----BEGIN CERTIFICATE-----
            MIIBiTCCAS+gAwIBAgIUHEV46Wdp4mDnYrN55KuCBb91UQ4wCgYIKoZIzj0EAwMw
            GTEXMBUGA1UEAwwOc2hhMzg0LmV4YW1wbGUwIBcNMjYxMTI1MDMwMzI0WhgPMjEy
            NjExMDEwMzAzMjRaMBkxFzAVBgNVBAMMDnNoYTM4NC5leGFtcGxlMFkwEwYHKoZI
            zj0CAQYIKoZIzj0DAQcDQgAE1zh/lhn04Zd6HL5qCwSNCIJFIQ744aSdNaCPWHFo
            bi335t2OGqMkmQftZ8hxZagy2vAJdJrXEmeGwdB3ITwhOKNTMFEwHQYDVR0OBBYE
            FK+t1grjqw08eOfPAZWK3F8EHtjiMB8GA1UdIwQYMBaAFK+t1grjqw08eOfPAZWK
            3F8EHtjiMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwMDSAAwRQIgZCZgYm+H
            J2K96zFi6X0ym7izGOoiZDknfNEpJQUUPqMCIQCZzn3Sx6z9bgT177cv6p2Rp75D
            JQ1nhJEhPvJybIk3aA==
            -----END CERTIFICATE-----
            """;

    private static final String ED25519 = """
            -----BEGIN CERTIFICATE-----
            MIIBSjCB/aADAgECAhQjZJLClfRt2NJKwGaw/xzSk4BNmjAFBgMrZXAwGjEYMBYG
            A1UEAwwPZWQyNTUxOS5leGFtcGxlMCAXDTI2MTEyNTAzMDMyNFoYDzIxMjYxMTAx
            MDMwMzI0WjAaMRgwFgYDVQQDDA9lZDI1NTE5LmV4YW1wbGUwKjAFBgMrZXADIQBS
            bQqwL/MlNiQjpBpTwPXuPziAtrqC9dfKMdUtzY0cN6NTMFEwHQYDVR0OBBYEFMoN
            vFEJsVYRvAUKAT4i1s/6sOBNMB8GA1UdIwQYMBaAFMoNvFEJsVYRvAUKAT4i1s/6
            sOBNMA8GA1UdEwEB/wQFMAMBAf8wBQYDK2VwA0EA5/C7FghrpLRzoZnsuTr5f2pg
            IKb4PtnTu5den4Oa44p7f3rFCsT/UrJMRL17NHZZbEpBZegcqzI9KzA6ldIiDA==
            -----END CERTIFICATE-----
            """;

    @Test
    void sha256WithRsaHashesTheDerWithSha256() throws Exception {
        X509Certificate cert = parse(SHA256_WITH_RSA);

        byte[] endPoint = ChannelBindings.tlsServerEndPoint(cert);

        assertThat(HexFormat.of().formatHex(endPoint))
                .isEqualTo("4cf5e00a2aeea045840af3040292355666289d6f0e46b05d7a4c8b59cb0eeecc");
        assertThat(endPoint).isEqualTo(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
    }

    @Test
    void sha1SignatureIsUpgradedToSha256() throws Exception {
        assertThat(HexFormat.of().formatHex(ChannelBindings.tlsServerEndPoint(parse(ECDSA_WITH_SHA1))))
                .isEqualTo("7e18b4a89ca80746088bf314acfedf5ba6331c19f23c7b8e89b840d711e1e7d3");
    }

    @Test
    void sha384SignatureKeepsSha384() throws Exception {
        assertThat(HexFormat.of().formatHex(ChannelBindings.tlsServerEndPoint(parse(ECDSA_WITH_SHA384))))
                .isEqualTo("fb917d4f10437036046d0e66964a0cd7fd58bcd122b6235c0bfa8abfaf28de53"
                        + "1293100a17e8e4ca14dc9ae1ebb671dc");
    }

    @Test
    void signatureWithoutSingleHashHasNoEndPoint() throws Exception {
        X509Certificate cert = parse(ED25519);

        assertThatThrownBy(() -> ChannelBindings.tlsServerEndPoint(cert))
                .isInstanceOf(SaslException.class)
                .hasMessageContaining("undefined");
    }

    @Test
    void bindingTypeMustFitTheGs2Header() {
        assertThatThrownBy(() -> new ChannelBinding("tls-exporter,a=evil", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bindingDataIsCopied() {
        byte[] data = {1, 2, 3};
        ChannelBinding binding = new ChannelBinding("tls-exporter", data);
        data[0] = 9;
        binding.data()[1] = 9;

        assertThat(binding.data()).containsExactly(1, 2, 3);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
