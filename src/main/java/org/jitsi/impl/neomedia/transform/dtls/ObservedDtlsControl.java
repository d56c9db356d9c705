package org.jitsi.impl.neomedia.transform.dtls;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.bouncycastle.tls.Certificate;
import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.service.neomedia.RawPacket;

/**
 * A DtlsControlImpl that reports the outcome of checking the peer's certificate against the
 * fingerprint from signalling. libjitsi tells nobody (no SrtpListener call, and
 * getSecureCommunicationStatus() is always false), yet a call must end with a security error when
 * the fingerprints differ and may show "encrypted" only once they matched. It also shows decrypted
 * RTCP to an observer first, ahead of the rest of libjitsi's chain: the video stream's feedback
 * termination would swallow keyframe requests there. And it times the sender reports as they
 * really cross the wire ({@link ReportTimes}) for a true round-trip time, ours and the peer's.
 */
public final class ObservedDtlsControl extends DtlsControlImpl {
    private final Consumer<Exception> outcome;
    private volatile UnaryOperator<RawPacket[]> decryptedRtcp = UnaryOperator.identity();
    private final ReportTimes reportTimes = new ReportTimes();

    /** {@code outcome} receives null when the peer's certificate matched, the failure otherwise. */
    public ObservedDtlsControl(Consumer<Exception> outcome) {
        this.outcome = outcome;
    }

    /** Round trip of this transport in ms from the peer's report blocks, or -1 before the first. */
    public long roundTripMillis() {
        return reportTimes.roundTripMillis();
    }

    /** Sees, and may change, every RTCP packet right after SRTCP decryption. */
    public void observeDecryptedRtcp(UnaryOperator<RawPacket[]> observer) {
        this.decryptedRtcp = observer;
    }

    @Override
    protected DtlsTransformEngine createTransformEngine() {
        return new DtlsTransformEngine(this) {
            private PacketTransformer wrapped;
            private PacketTransformer observed;

            @Override
            public synchronized PacketTransformer getRTCPTransformer() {
                PacketTransformer srtcp = super.getRTCPTransformer();
                if (srtcp != wrapped) {
                    wrapped = srtcp;
                    observed = srtcp == null ? null : new PacketTransformer() {
                        @Override
                        public RawPacket[] transform(RawPacket[] packets) {
                            return srtcp.transform(reportTimes.sending(packets));
                        }

                        @Override
                        public RawPacket[] reverseTransform(RawPacket[] packets) {
                            return decryptedRtcp.apply(reportTimes.received(srtcp.reverseTransform(packets)));
                        }

                        @Override
                        public void close() {
                            srtcp.close();
                        }
                    };
                }
                return observed;
            }
        };
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
