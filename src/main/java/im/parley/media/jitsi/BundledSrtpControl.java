package im.parley.media.jitsi;

import java.util.function.UnaryOperator;
import org.jitsi.impl.neomedia.AbstractRTPConnector;
import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.impl.neomedia.transform.dtls.ObservedDtlsControl;
import org.jitsi.service.neomedia.RawPacket;
import org.jitsi.service.neomedia.SrtpControl;
import org.jitsi.service.neomedia.SrtpControlType;
import org.jitsi.service.neomedia.event.SrtpListener;
import org.jitsi.utils.MediaType;

/**
 * The SRTP of a stream bundled onto another's transport (XEP-0338 BUNDLE, RFC 8843): one DTLS
 * handshake, run by the first stream's control, gives the keys for both. This control runs no
 * handshake of its own; its packets go through the first stream's SRTP transformers (contexts are
 * per SSRC, so the streams do not mix), and closing it leaves them to their owner.
 */
final class BundledSrtpControl implements SrtpControl {
    private final ObservedDtlsControl owner;
    private volatile UnaryOperator<RawPacket[]> decryptedRtcp = UnaryOperator.identity();

    BundledSrtpControl(ObservedDtlsControl owner) {
        this.owner = owner;
    }

    void observeDecryptedRtcp(UnaryOperator<RawPacket[]> observer) {
        this.decryptedRtcp = observer;
    }

    /** Passes packets to the owner's transformer of the moment, and never closes it. */
    private final class Borrowed implements PacketTransformer {
        private final boolean rtcp;

        Borrowed(boolean rtcp) {
            this.rtcp = rtcp;
        }

        private PacketTransformer owners() {
            return rtcp ? owner.getTransformEngine().getRTCPTransformer() : owner.getTransformEngine().getRTPTransformer();
        }

        @Override
        public RawPacket[] transform(RawPacket[] packets) {
            return owners().transform(packets);
        }

        @Override
        public RawPacket[] reverseTransform(RawPacket[] packets) {
            RawPacket[] decrypted = owners().reverseTransform(packets);
            return rtcp ? decryptedRtcp.apply(decrypted) : decrypted;
        }

        @Override
        public void close() {
            // The owner's stream closes them.
        }
    }

    private final SrtpControl.TransformEngine engine = new SrtpControl.TransformEngine() {
        private final PacketTransformer rtp = new Borrowed(false);
        private final PacketTransformer rtcp = new Borrowed(true);

        @Override
        public PacketTransformer getRTPTransformer() {
            return rtp;
        }

        @Override
        public PacketTransformer getRTCPTransformer() {
            return rtcp;
        }

        @Override
        public void cleanup() {
            // Nothing of its own.
        }
    };

    @Override
    public SrtpControl.TransformEngine getTransformEngine() {
        return engine;
    }

    @Override
    public void cleanup(Object user) {
        // The owner's stream cleans up the DTLS session.
    }

    @Override
    public boolean getSecureCommunicationStatus() {
        return owner.getSecureCommunicationStatus();
    }

    @Override
    public SrtpControlType getSrtpControlType() {
        return SrtpControlType.DTLS_SRTP;
    }

    @Override
    public SrtpListener getSrtpListener() {
        return null;
    }

    @Override
    public boolean requiresSecureSignalingTransport() {
        return true;
    }

    @Override
    public void setConnector(AbstractRTPConnector connector) {
        // DTLS travels on the owner's connector only.
    }

    @Override
    public void setMasterSession(boolean master) {
        // Keys come from the owner's session.
    }

    @Override
    public void setMultistream(SrtpControl master) {
        // Not a ZRTP multistream.
    }

    @Override
    public void setSrtpListener(SrtpListener listener) {
        // The owner reports the handshake.
    }

    @Override
    public void start(MediaType mediaType) {
        // The owner starts the handshake.
    }

    @Override
    public void registerUser(Object user) {
        // One user: its stream.
    }
}
