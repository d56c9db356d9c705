package org.jitsi.impl.neomedia.transform.dtls;

import java.util.function.Consumer;
import org.bouncycastle.tls.Certificate;

/**
 * A DtlsControlImpl that reports the outcome of checking the peer's certificate against the
 * fingerprint from signalling. libjitsi tells nobody (no SrtpListener call, and
 * getSecureCommunicationStatus() is always false), yet a call must end with a security error when
 * the fingerprints differ and may show "encrypted" only once they matched.
 */
public final class ObservedDtlsControl extends DtlsControlImpl {
    private final Consumer<Exception> outcome;

    /** {@code outcome} receives null when the peer's certificate matched, the failure otherwise. */
    public ObservedDtlsControl(Consumer<Exception> outcome) {
        this.outcome = outcome;
    }

    @Override
    boolean verifyAndValidateCertificate(Certificate certificate) throws Exception {
        try {
            boolean valid = super.verifyAndValidateCertificate(certificate);
            outcome.accept(null);
            return valid;
        } catch (Exception e) {
            outcome.accept(e);
            throw e;
        }
    }
}
