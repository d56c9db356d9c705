package im.parley.xmpp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XEP-0178: the client certificate configured for SASL EXTERNAL is presented in the handshake. */
class ClientCertificateTest {
    @TempDir
    Path dir;

    @Test
    void configuredCertificateIsPresentedToTheServer() throws Exception {
        TestCertificates certs = new TestCertificates(dir);
        X509Certificate ca = certs.authority("ca");
        certs.issued("ca", "server", 2, "subjectAltName=DNS:example.org");
        certs.issued("ca", "juliet", 2, "subjectAltName=otherName:1.3.6.1.5.5.7.8.5;UTF8:juliet@example.org");
        Path serverP12 = certs.pkcs12("server", "ca", "pw");
        Path clientP12 = certs.pkcs12("juliet", "ca", "pw");

        SSLServerSocket server = serverSocket(serverP12, ca);
        CompletableFuture<String> presented = CompletableFuture.supplyAsync(() -> {
            try (SSLSocket s = (SSLSocket) server.accept()) {
                s.startHandshake();
                return ((X509Certificate) s.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        TlsSettings tls = new TlsSettings(List.of(ca), Set.of(), null)
                .withClientCertificate(TlsSettings.clientCertificate(clientP12, "pw".toCharArray()));
        try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             SSLSocket secured = tls.handshake(plain, "example.org", null)) {
            assertThat(secured.getSession().getProtocol()).startsWith("TLSv1.");
        }

        assertThat(presented.get(10, TimeUnit.SECONDS)).isEqualTo("CN=juliet");
        server.close();
    }

    @Test
    void unreadableClientCertificateIsATypedError() throws Exception {
        Path bogus = Files.writeString(dir.resolve("bogus.p12"), "not a key store");

        assertThatThrownBy(() -> TlsSettings.clientCertificate(bogus, "pw".toCharArray()))
                .isInstanceOf(TlsException.class).hasMessageContaining("bogus.p12");
    }

    private static SSLServerSocket serverSocket(Path p12, X509Certificate ca) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            keys.load(in, "pw".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "pw".toCharArray());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        SSLServerSocket server = (SSLServerSocket) ctx.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        return server;
    }
}
