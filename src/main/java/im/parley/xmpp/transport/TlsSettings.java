package im.parley.xmpp.transport;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * How the engine sets up TLS: trust anchors beyond the system's, user pins, the decision hook,
 * and whether to bind SASL to the TLS channel.
 *
 * @param channelBinding run TLS through BouncyCastle's JSSE, which exports tls-unique, so that
 *     SCRAM-*-PLUS can bind authentication to this very connection. tls-unique exists only up to
 *     TLS 1.2 (with the extended master secret, RFC 7627), and today's servers (Prosody 0.12,
 *     ejabberd 23.01) offer no tls-exporter, so this mode negotiates TLS 1.2. Off by default:
 *     TLS 1.3 without binding is the safer default while servers lack tls-exporter.
 */
public record TlsSettings(List<X509Certificate> extraAnchors, Set<String> pinnedFingerprints,
                          CertificateDecision decision, boolean channelBinding) {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    private static final String[] BINDABLE_PROTOCOLS = {"TLSv1.2"};

    public TlsSettings(List<X509Certificate> extraAnchors, Set<String> pinnedFingerprints, CertificateDecision decision) {
        this(extraAnchors, pinnedFingerprints, decision, false);
    }

    public TlsSettings {
        extraAnchors = List.copyOf(extraAnchors);
        pinnedFingerprints = Set.copyOf(pinnedFingerprints);
        decision = decision == null ? CertificateDecision.REJECT : decision;
    }

    public static TlsSettings systemDefaults() {
        return new TlsSettings(List.of(), Set.of(), CertificateDecision.REJECT);
    }

    /**
     * Runs a TLS handshake over {@code plain} for {@code domain}, TLS 1.2 or newer, and returns the
     * secured socket. {@code alpn} is set for direct TLS (XEP-0368), null for STARTTLS.
     */
    public SSLSocket handshake(Socket plain, String domain, String alpn) throws TlsException {
        XmppTrustManager trust = new XmppTrustManager(domain, extraAnchors, pinnedFingerprints, decision);
        try {
            SSLContext ctx = channelBinding ? SSLContext.getInstance("TLS", new BouncyCastleJsseProvider())
                    : SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[]{trust}, new SecureRandom());
            SSLSocket ssl = (SSLSocket) ctx.getSocketFactory()
                    .createSocket(plain, domain, plain.getPort(), true);
            SSLParameters params = ssl.getSSLParameters();
            params.setProtocols(channelBinding ? BINDABLE_PROTOCOLS : PROTOCOLS);
            params.setServerNames(List.of(new SNIHostName(domain)));
            if (alpn != null) {
                params.setApplicationProtocols(new String[]{alpn});
            }
            ssl.setSSLParameters(params);
            ssl.setUseClientMode(true);
            ssl.startHandshake();
            return ssl;
        } catch (SSLHandshakeException e) {
            CertificateProblem problem = trust.lastProblem();
            String why = problem != null ? "certificate refused: " + problem.reason() + " (" + problem.detail()
                    + "), fingerprint " + problem.leafFingerprint() : "TLS handshake failed: " + e.getMessage();
            throw new TlsException(why, e);
        } catch (IOException e) {
            throw new TlsException("TLS handshake failed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TlsException("TLS is not available: " + e.getMessage(), e);
        }
    }
}
