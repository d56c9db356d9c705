package im.parley.xmpp.transport;

import java.security.cert.X509Certificate;
import java.util.List;

/** Why a server certificate was not accepted, with what the user needs to decide. */
public record CertificateProblem(String domain, List<X509Certificate> chain, Reason reason, String detail) {
    public enum Reason {
        UNTRUSTED_ISSUER, NAME_MISMATCH, EXPIRED_OR_INVALID
    }

    public CertificateProblem {
        chain = List.copyOf(chain);
    }

    /** SHA-256 fingerprint of the leaf certificate, as pins store it. */
    public String leafFingerprint() {
        return CertificateFingerprints.sha256(chain.get(0));
    }
}
