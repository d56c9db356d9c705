package im.parley.xmpp.sasl;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;

/** Computes channel binding data that the TLS stack does not hand out ready-made. */
public final class ChannelBindings {

    private ChannelBindings() {
    }

    /**
     * The tls-server-end-point binding (RFC 5929 §4.1): the hash of the server certificate's DER
     * encoding, using the hash of the certificate's signature algorithm, with MD5 and SHA-1 upgraded
     * to SHA-256.
     *
     * @throws SaslException if the binding is undefined for this certificate: its signature uses no
     *     single hash function (e.g. Ed25519), or one this JDK does not know
     */
    public static byte[] tlsServerEndPoint(X509Certificate serverCert) throws SaslException {
        String hash = endPointHash(signatureHash(serverCert));
        try {
            return MessageDigest.getInstance(hash).digest(serverCert.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new SaslException("tls-server-end-point: no " + hash + " digest available", e);
        } catch (CertificateEncodingException e) {
            throw new SaslException("tls-server-end-point: cannot encode the server certificate", e);
        }
    }

    /** The JCA name of the hash inside the certificate's signature algorithm, e.g. "SHA-384". */
    private static String signatureHash(X509Certificate cert) throws SaslException {
        String sigAlg = cert.getSigAlgName();
        if ("RSASSA-PSS".equalsIgnoreCase(sigAlg)) {
            // PSS names no hash: it sits in the algorithm parameters.
            return jcaDigestName(pssHash(cert.getSigAlgParams()).toUpperCase(Locale.ROOT));
        }
        int with = sigAlg.toUpperCase(Locale.ROOT).indexOf("WITH");
        if (with <= 0) {
            throw new SaslException("tls-server-end-point is undefined for signature algorithm " + sigAlg);
        }
        return jcaDigestName(sigAlg.substring(0, with).toUpperCase(Locale.ROOT));
    }

    /** Signature names say "SHA256" or "SHA512/224" where MessageDigest wants "SHA-256", "SHA-512/224". */
    private static String jcaDigestName(String hash) {
        if (hash.startsWith("SHA") && hash.length() > 3 && Character.isDigit(hash.charAt(3))) {
            return "SHA-" + hash.substring(3);
        }
        return hash;
    }

    private static String pssHash(byte[] encodedParams) throws SaslException {
        if (encodedParams == null) {
            return "SHA-1"; // RFC 4055 §3.1: absent parameters mean the SHA-1 defaults
        }
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("RSASSA-PSS");
            params.init(encodedParams);
            return params.getParameterSpec(PSSParameterSpec.class).getDigestAlgorithm();
        } catch (GeneralSecurityException | IOException e) {
            throw new SaslException("tls-server-end-point: unreadable RSASSA-PSS parameters", e);
        }
    }

    /** RFC 5929 §4.1 replaces the weak hashes so the binding does not inherit their collisions. */
    private static String endPointHash(String signatureHash) {
        return switch (signatureHash) {
            case "MD5", "SHA-1" -> "SHA-256";
            default -> signatureHash;
        };
    }
}
