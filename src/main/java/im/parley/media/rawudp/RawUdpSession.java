package im.parley.media.rawudp;

import im.parley.media.ice.IceCandidate;
import im.parley.media.ice.IcePath;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.ice4j.socket.MultiplexingDatagramSocket;

/**
 * XEP-0177 Raw UDP: one socket and one candidate each way, no connectivity checks, for peers
 * without ICE on a network where the two addresses reach each other. RTP and RTCP share the
 * socket (rtcp-mux), as over ICE; DTLS-SRTP still protects the media.
 */
public final class RawUdpSession implements AutoCloseable {
    private final MultiplexingDatagramSocket socket;
    private volatile InetSocketAddress remote;

    private RawUdpSession(MultiplexingDatagramSocket socket) {
        this.socket = socket;
    }

    /** Binds on 127.0.0.1 for loopback calls, else on this host's address. */
    public static RawUdpSession bind(boolean loopbackOnly) throws IOException {
        InetAddress address = loopbackOnly ? InetAddress.getLoopbackAddress() : InetAddress.getLocalHost();
        return new RawUdpSession(new MultiplexingDatagramSocket(new InetSocketAddress(address, 0)));
    }

    /** Our one candidate, to signal (XEP-0177 §5: component 1, generation 0). */
    public IceCandidate localCandidate() {
        return new IceCandidate("1", 1, "udp", 0, socket.getLocalAddress().getHostAddress(), socket.getLocalPort(),
                IceCandidate.Type.HOST, null, 0, 0);
    }

    /** Where the peer's candidate says its media arrives. */
    public void setRemote(String ip, int port) {
        remote = new InetSocketAddress(ip, port);
    }

    /** Nothing to check: the path is the peer's candidate, known from signalling. */
    public CompletableFuture<IcePath> start() {
        InetSocketAddress to = remote;
        if (to == null) {
            return CompletableFuture.failedFuture(new IOException("the peer gave no raw UDP candidate"));
        }
        return CompletableFuture.completedFuture(new IcePath(to, IceCandidate.Type.HOST, IceCandidate.Type.HOST));
    }

    public DatagramSocket socket() {
        return socket;
    }

    @Override
    public void close() {
        socket.close();
    }
}
