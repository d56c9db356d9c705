package im.parley.xmpp.transport;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/** How the engine sets up TLS: trust anchors beyond the system's, user pins, and the decision hook. */
public record TlsSettings(List<X509Certificate> extraAnchors, Set<String> pinnedFingerprints,
                          CertificateDecision decision) {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

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
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[]{trust}, null);
            SSLSocket ssl = (SSLSocket) ctx.getSocketFactory()
                    .createSocket(plain, domain, plain.getPort(), true);
            SSLParameters params = ssl.getSSLParameters();
            params.setProtocols(PROTOCOLS);
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
