package org.jitsi.impl.neomedia.transform.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Parley's replacement for libjitsi's DTLS-SRTP server peer, which cannot complete a handshake
 * with BouncyCastle's {@code org.bouncycastle.tls} API: it offers TLS instead of DTLS 1.2
 * (alert 70), supplies no signer credentials for the certificate DtlsControlImpl made (alert 80),
 * and asks for a client certificate without signature algorithms (alert 80). This class has the
 * same name and constructor so that DtlsPacketTransformer, which creates it directly, picks it up
 * when Parley's classes come first on the class path (they do: the application jar and
 * target/classes precede the libraries). TlsServerImplTest checks that this copy is the one loaded.
 */
public class TlsServerImpl extends DefaultTlsServer {
    private static final Logger LOG = Logger.getLogger(TlsServerImpl.class.getName());

    private final DtlsPacketTransformer packetTransformer;
    private int chosenProtectionProfile;
    private TlsCredentialedSigner signer;

    public TlsServerImpl(DtlsPacketTransformer packetTransformer) {
        super(DtlsUtils.BC_TLS_CRYPTO);
        this.packetTransformer = packetTransformer;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    /** Forward-secret suites that match the key type of our certificate, strongest first. */
    @Override
    protected int[] getSupportedCipherSuites() {
        int[] suites = isEcdsaKey()
                ? new int[] {
                    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
                    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
                    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA}
                : new int[] {
                    CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
                    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
                    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA};
        return TlsUtils.getSupportedCipherSuites(getCrypto(), suites);
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        return signer(SignatureAlgorithm.ecdsa);
    }

    @Override
    protected TlsCredentialedSigner getRSASignerCredentials() throws IOException {
        return signer(SignatureAlgorithm.rsa);
    }

    private synchronized TlsCredentialedSigner signer(short algorithm) {
        if (signer == null) {
            CertificateInfo info = packetTransformer.getDtlsControl().getCertificateInfo();
            signer = new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context),
                    (BcTlsCrypto) context.getCrypto(), info.getKeyPair().getPrivate(), info.getCertificate(),
                    SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, algorithm));
        }
        return signer;
    }

    private boolean isEcdsaKey() {
        AsymmetricKeyParameter key = packetTransformer.getDtlsControl().getCertificateInfo().getKeyPair().getPrivate();
        return key instanceof ECPrivateKeyParameters;
    }

    /** DTLS-SRTP authenticates both ends by the fingerprints in signalling: ask for the client's certificate. */
    @Override
    public CertificateRequest getCertificateRequest() {
        return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
                TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        try {
            packetTransformer.getDtlsControl().verifyAndValidateCertificate(clientCertificate);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, e);
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        if (!isSrtpDisabled()) {
            UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
            if (offered == null) {
                throw new TlsFatalAlert(AlertDescription.handshake_failure, "client hello without use_srtp");
            }
            int profile = DtlsControlImpl.chooseSRTPProtectionProfile(offered.getProtectionProfiles());
            if (profile == 0) {
                throw new TlsFatalAlert(AlertDescription.illegal_parameter, "no common SRTP protection profile");
            }
            chosenProtectionProfile = profile;
        }
        super.processClientExtensions(clientExtensions);
    }

    /** Answers use_srtp with the chosen profile, echoing the client's MKI as RFC 5764 §4.1.1 asks. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        if (!isSrtpDisabled()) {
            if (extensions == null) {
                extensions = new Hashtable();
            }
            UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
            TlsSRTPUtils.addUseSRTPExtension(extensions,
                    new UseSRTPData(new int[] {chosenProtectionProfile}, offered.getMki()));
        }
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        if (!isSrtpDisabled()) {
            var srtp = packetTransformer.initializeSRTPTransformer(chosenProtectionProfile, context);
            synchronized (packetTransformer) {
                packetTransformer.setSrtpTransformer(srtp);
            }
        }
    }

    @Override
    public void notifyAlertRaised(short alertLevel, short alertDescription, String message, Throwable cause) {
        LOG.log(Level.FINE, "DTLS alert raised: " + AlertDescription.getText(alertDescription) + " " + message, cause);
        packetTransformer.notifyAlertRaised(this, alertLevel, alertDescription, message, cause);
    }

    private boolean isSrtpDisabled() {
        return packetTransformer.getProperties().isSrtpDisabled();
    }
}
