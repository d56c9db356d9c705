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
import javax.net.ssl.X509KeyManager;

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
                          CertificateDecision decision, boolean channelBinding, X509KeyManager clientCertificate) {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    private static final String[] BINDABLE_PROTOCOLS = {"TLSv1.2"};

    public TlsSettings(List<X509Certificate> extraAnchors, Set<String> pinnedFingerprints, CertificateDecision decision) {
        this(extraAnchors, pinnedFingerprints, decision, false, null);
    }

    public TlsSettings(List<X509Certificate> extraAnchors, Set<String> pinnedFingerprints, CertificateDecision decision,
                       boolean channelBinding) {
        this(extraAnchors, pinnedFingerprints, decision, channelBinding, null);
    }

    /** A copy that presents this client certificate in the handshake, for SASL EXTERNAL (XEP-0178). */
    public TlsSettings withClientCertificate(X509KeyManager keys) {
        return new TlsSettings(extraAnchors, pinnedFingerprints, decision, channelBinding, keys);
    }

    /** Loads a client certificate and its key from a PKCS#12 file. */
    public static X509KeyManager clientCertificate(java.nio.file.Path pkcs12, char[] password) throws TlsException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(pkcs12)) {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            javax.net.ssl.KeyManagerFactory kmf =
                    javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            for (javax.net.ssl.KeyManager km : kmf.getKeyManagers()) {
                if (km instanceof X509KeyManager x) {
                    return x;
                }
            }
            throw new TlsException("no client key in " + pkcs12);
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsException("cannot read the client certificate " + pkcs12 + ": " + e.getMessage(), e);
        }
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
    public SSLSocket handshake(Socket plain, String domain, String alpn) throws TlsException, ConnectException {
        XmppTrustManager trust = new XmppTrustManager(domain, extraAnchors, pinnedFingerprints, decision);
        try {
            SSLContext ctx = channelBinding ? SSLContext.getInstance("TLS", BouncyCastleTls.provider())
                    : SSLContext.getInstance("TLS");
            ctx.init(clientCertificate == null ? null : new javax.net.ssl.KeyManager[]{clientCertificate},
                    new TrustManager[]{trust}, new SecureRandom());
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
            if (problem == null && cutByNetwork(e)) {
                throw new ConnectException("the connection broke during the TLS handshake: " + e.getMessage(), e);
            }
            String why = problem != null ? "certificate refused: " + problem.reason() + " (" + problem.detail()
                    + "), fingerprint " + problem.leafFingerprint() : "TLS handshake failed: " + e.getMessage();
            throw new TlsException(why, e);
        } catch (IOException e) {
            if (cutByNetwork(e)) {
                throw new ConnectException("the connection broke during the TLS handshake: " + e.getMessage(), e);
            }
            throw new TlsException("TLS handshake failed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TlsException("TLS is not available: " + e.getMessage(), e);
        }
    }

    /**
     * A handshake that failed because the connection was reset or closed under it (a network
     * failure, worth retrying), as opposed to a TLS refusal, which retrying would not change.
     */
    private static boolean cutByNetwork(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
