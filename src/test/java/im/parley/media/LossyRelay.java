package im.parley.media;

import im.parley.media.ice.IceCandidate;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A UDP relay on loopback between two endpoints that drops, in one direction, RTP packets of one
 * payload type: every one for a while after the first (the keyframe that opens a video stream
 * never arrives), or those a rule picks by their order. Everything else (DTLS, RTCP, the other direction) passes; what goes from A to B can be
 * watched (SRTP leaves the RTP header in clear).
 */
final class LossyRelay implements AutoCloseable {
    private final DatagramSocket facingA;
    private final DatagramSocket facingB;
    private final int droppedPayloadType;
    private final DropRule rule;
    private final AtomicLong dropped = new AtomicLong();
    private volatile InetSocketAddress endpointA;
    private volatile InetSocketAddress endpointB;
    private volatile long firstSeen;
    private long seen;
    private volatile Consumer<byte[]> watcherOfA = packet -> { };

    /** Which packets of the payload type go missing. */
    interface DropRule {
        /** {@code ordinal}: 0 for the first packet of the payload type; {@code nanosSinceFirst}: since that one. */
        boolean drop(long ordinal, long nanosSinceFirst);
    }

    /** Drops payload type {@code payloadType} from A to B during {@code dropMillis} after the first such packet. */
    LossyRelay(int payloadType, long dropMillis) throws SocketException {
        this(payloadType, (ordinal, nanosSinceFirst) -> nanosSinceFirst < dropMillis * 1_000_000L);
    }

    /** Drops the packets of payload type {@code payloadType} from A to B that {@code rule} picks. */
    LossyRelay(int payloadType, DropRule rule) throws SocketException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        facingA = new DatagramSocket(new InetSocketAddress(loopback, 0));
        facingB = new DatagramSocket(new InetSocketAddress(loopback, 0));
        droppedPayloadType = payloadType;
        this.rule = rule;
        start("relay-from-a", facingA, facingB, true);
        start("relay-from-b", facingB, facingA, false);
    }

    /** The port A sends to. */
    int portForA() {
        return facingA.getLocalPort();
    }

    /** The port B sends to. */
    int portForB() {
        return facingB.getLocalPort();
    }

    void endpoints(InetSocketAddress a, InetSocketAddress b) {
        endpointA = a;
        endpointB = b;
    }

    /** Puts the relay between two legs over raw UDP: {@code a} sends to it, and so does {@code b}. */
    void between(MediaLeg a, MediaLeg b) {
        a.remoteRawUdp("127.0.0.1", portForA());
        b.remoteRawUdp("127.0.0.1", portForB());
        endpoints(address(a), address(b));
    }

    /** Connects the legs, {@code a} as the caller (controlling, DTLS client), and waits until both are up. */
    static void connect(MediaLeg a, MediaLeg b, int payloadType) throws Exception {
        var aUp = a.connect(true, true, b.fingerprintHash(), b.fingerprint(), payloadType, Duration.ofSeconds(5));
        var bUp = b.connect(false, false, a.fingerprintHash(), a.fingerprint(), payloadType, Duration.ofSeconds(5));
        aUp.get(10, TimeUnit.SECONDS);
        bUp.get(10, TimeUnit.SECONDS);
    }

    private static InetSocketAddress address(MediaLeg leg) {
        IceCandidate local = leg.localCandidates().get(0);
        return new InetSocketAddress(local.ip(), local.port());
    }

    long dropped() {
        return dropped.get();
    }

    /** Sees a copy of every packet A sends that is passed on. */
    void watchA(Consumer<byte[]> watcher) {
        watcherOfA = watcher;
    }

    private void start(String name, DatagramSocket in, DatagramSocket out, boolean fromA) {
        Thread t = new Thread(() -> relay(in, out, fromA), name);
        t.setDaemon(true);
        t.start();
    }

    private void relay(DatagramSocket in, DatagramSocket out, boolean fromA) {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            while (true) {
                packet.setLength(buffer.length);
                in.receive(packet);
                if (fromA && drop(buffer, packet.getLength())) {
                    continue;
                }
                if (fromA) {
                    watcherOfA.accept(Arrays.copyOf(buffer, packet.getLength()));
                }
                InetSocketAddress to = fromA ? endpointB : endpointA;
                out.send(new DatagramPacket(buffer, packet.getLength(), to));
            }
        } catch (IOException closed) {
            // The relay was closed.
        }
    }

    /** RTP, not RTCP: version 2 and a payload type (marker bit aside) outside RTCP's 72..76 (RFC 5761 §4). */
    private boolean drop(byte[] b, int length) {
        boolean rtp = length >= 12 && (b[0] & 0xC0) == 0x80 && (b[1] & 0x7F) == droppedPayloadType;
        if (!rtp) {
            return false;
        }
        long now = System.nanoTime();
        if (firstSeen == 0) {
            firstSeen = now;
        }
        if (rule.drop(seen++, now - firstSeen)) {
            dropped.incrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        facingA.close();
        facingB.close();
    }
}
