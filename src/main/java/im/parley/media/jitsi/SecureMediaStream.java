package im.parley.media.jitsi;

import im.parley.media.CallCounters;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.media.ClockStartedError;
import org.ice4j.socket.DatagramPacketFilter;
import org.ice4j.socket.MultiplexingDatagramSocket;
import org.jitsi.impl.neomedia.transform.dtls.ObservedDtlsControl;
import org.jitsi.service.libjitsi.LibJitsi;
import org.jitsi.service.neomedia.DefaultStreamConnector;
import org.jitsi.service.neomedia.DtlsControl;
import org.jitsi.service.neomedia.MediaDirection;
import org.jitsi.service.neomedia.MediaService;
import org.jitsi.service.neomedia.MediaStream;
import org.jitsi.service.neomedia.MediaStreamTarget;
import org.jitsi.service.neomedia.RTPExtension;
import org.jitsi.service.neomedia.RawPacket;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jitsi.service.neomedia.format.MediaFormat;
import org.jitsi.service.neomedia.stats.MediaStreamStats2;
import org.jitsi.service.neomedia.stats.TrackStats;

/**
 * One libjitsi MediaStream protected by DTLS-SRTP, over the socket ICE selected with RTP and RTCP
 * multiplexed. Subclasses bring the device that supplies and takes the media, and its codec.
 */
public abstract class SecureMediaStream implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SecureMediaStream.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Our DTLS session: our own, or, when bundled, the one of the stream that owns the transport. */
    private final ObservedDtlsControl dtls;
    /** Null unless this stream is bundled onto another's transport. */
    private final BundledSrtpControl bundled;
    /** Chosen here rather than by libjitsi at start, so that signalling can announce it (XEP-0339). */
    private final long localSsrc = randomSsrc();
    private MediaStream stream;
    private Map<Integer, String> headerExtensions = Map.of();

    /** {@code dtlsOutcome} gets null when the peer's certificate matched its fingerprint, or the failure. */
    SecureMediaStream(Consumer<Exception> dtlsOutcome) {
        this.dtls = new ObservedDtlsControl(dtlsOutcome);
        this.bundled = null;
    }

    /** A stream bundled onto {@code owner}'s transport: no handshake of its own, the owner's keys. */
    SecureMediaStream(SecureMediaStream owner) {
        this.dtls = owner.dtls;
        this.bundled = new BundledSrtpControl(owner.dtls);
    }

    abstract MediaDevice device();

    abstract MediaFormat format(MediaService media);

    private static long randomSsrc() {
        long ssrc;
        do {
            ssrc = RANDOM.nextInt() & 0xFFFF_FFFFL;
        } while (ssrc == 0);
        return ssrc;
    }

    /**
     * The RTP header extensions to write, by the ids agreed in signalling; libjitsi knows the level
     * of audio packets (RFC 6464) and others, and ignores what it does not know.
     */
    public synchronized void headerExtensions(Map<Integer, String> byId) {
        this.headerExtensions = Map.copyOf(byId);
    }

    /** The id agreed for the header extension {@code uri}, or -1 when it was not agreed. */
    synchronized int extensionId(String uri) {
        return headerExtensions.entrySet().stream().filter(e -> e.getValue().equals(uri))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** The SSRC our RTP goes out with. */
    public long localSsrc() {
        return localSsrc;
    }

    /** Hands every RTCP packet to {@code observer} right after decryption. */
    void observeDecryptedRtcp(UnaryOperator<RawPacket[]> observer) {
        if (bundled != null) {
            bundled.observeDecryptedRtcp(observer);
        } else {
            dtls.observeDecryptedRtcp(observer);
        }
    }

    /** Called once, before the stream is connected. */
    void configure(MediaStream created) {
        // Nothing by default.
    }

    /** Hash function of our DTLS certificate fingerprint, lower case as XEP-0320 writes it. */
    public String fingerprintHash() {
        return dtls.getLocalFingerprintHashFunction().toLowerCase(Locale.ROOT);
    }

    public String fingerprint() {
        return dtls.getLocalFingerprint();
    }

    /**
     * Starts sending and receiving. {@code dtlsClient} is true when our setup is active
     * (XEP-0320 §3: the side that answers actpass with active opens the handshake).
     */
    public void start(DatagramSocket iceSocket, InetSocketAddress remote, boolean dtlsClient,
            String remoteHash, String remoteFingerprint, int payloadType) throws SocketException {
        start(iceSocket, remote, dtlsClient, remoteHash, remoteFingerprint, payloadType, RtcpMuxFilters.DATA,
                RtcpMuxFilters.CONTROL);
    }

    /** As above, on the part of a bundled transport {@code demux} gives this stream. */
    public void start(DatagramSocket iceSocket, InetSocketAddress remote, boolean dtlsClient,
            String remoteHash, String remoteFingerprint, int payloadType, BundleDemux demux) throws SocketException {
        boolean owner = bundled == null;
        start(iceSocket, remote, dtlsClient, remoteHash, remoteFingerprint, payloadType,
                owner ? demux.audioData : demux.videoData, owner ? demux.audioControl : demux.videoControl);
    }

    private synchronized void start(DatagramSocket iceSocket, InetSocketAddress remote, boolean dtlsClient,
            String remoteHash, String remoteFingerprint, int payloadType, DatagramPacketFilter data,
            DatagramPacketFilter control) throws SocketException {
        if (stream != null) {
            throw new IllegalStateException("already started");
        }
        MultiplexingDatagramSocket socket = (MultiplexingDatagramSocket) iceSocket;
        DefaultStreamConnector connector = new DefaultStreamConnector(socket.getSocket(data), socket.getSocket(control), true);
        if (bundled == null) {
            dtls.setSetup(dtlsClient ? DtlsControl.Setup.ACTIVE : DtlsControl.Setup.PASSIVE);
            dtls.setRemoteFingerprints(Map.of(remoteHash.toLowerCase(Locale.ROOT), remoteFingerprint.toUpperCase(Locale.ROOT)));
            dtls.setRtcpmux(true);
        }
        MediaService media = LibJitsi.getMediaService();
        MediaDevice device = device();
        // The order of libjitsi's own examples: format first, connector last. With the connector
        // given at creation, the send stream can be built while the processor is still
        // configuring, and the format change then fails ("Cannot set a PlugIn before reaching the
        // configured state"): about one call in ten, silent in one direction.
        MediaStream created = media.createMediaStream(null, device, bundled != null ? bundled : dtls);
        MediaFormat format = format(media);
        created.addDynamicRTPPayloadType((byte) payloadType, format);
        created.setFormat(format);
        created.setDirection(MediaDirection.SENDRECV);
        created.setName(device.getMediaType().toString());
        // FMJ asks again when a send stream goes away and insists on a different value.
        created.setSSRCFactory(cause -> "INITIALIZE".equals(cause) ? localSsrc : randomSsrc());
        // Written, not read: libjitsi would flag received packets of level 127 as silence and skip
        // rendering them, so a muted peer would stop our playback instead of sending it zeros.
        headerExtensions.forEach((id, uri) -> created.addRTPExtension(id.byteValue(),
                new RTPExtension(URI.create(uri), MediaDirection.SENDONLY)));
        configure(created);
        created.setConnector(connector);
        created.setTarget(new MediaStreamTarget(remote, remote));
        // DTLS before RTP: a ClientHello that reaches a transformer not yet started is dropped,
        // and the peer's first retransmission comes a whole second later.
        if (bundled == null) {
            dtls.start(device.getMediaType());
        }
        created.start();
        stream = created;
    }

    /** Hold stops sending and playing; RTP resumes on unhold (XEP-0167 §7.2 hold/unhold). */
    public synchronized void hold(boolean hold) {
        if (stream != null) {
            stream.setDirection(hold ? MediaDirection.INACTIVE : MediaDirection.SENDRECV);
        }
    }

    public synchronized CallCounters counters() {
        if (stream == null) {
            return new CallCounters(0, 0, 0, 0, -1);
        }
        MediaStreamStats2 stats = stream.getMediaStreamStats();
        var send = stats.getSendStats();
        var receive = stats.getReceiveStats();
        double jitter = receive.getJitter();
        return new CallCounters(send.getPackets(), receive.getPackets(), receive.getPacketsLost(),
                Double.isNaN(jitter) || jitter <= TrackStats.JITTER_UNSET ? 0 : jitter,
                dtls.roundTripMillis());
    }

    /**
     * Not under this object's lock: libjitsi's close can block (see MediaLeg#close), and the
     * call figures read every 250 ms must not wait behind it.
     */
    @Override
    public void close() {
        MediaStream closing;
        synchronized (this) {
            closing = stream;
            stream = null;
        }
        if (closing != null) {
            try {
                closing.stop();
                closing.close();
            } catch (RuntimeException | ClockStartedError e) {
                // FMJ, when a close that waited for a player's configure goes on after it.
                LOG.log(Level.FINE, "libjitsi's stream close failed; the call is over all the same", e);
            }
        }
        if (bundled == null) {
            dtls.cleanup(null);
        }
    }
}
