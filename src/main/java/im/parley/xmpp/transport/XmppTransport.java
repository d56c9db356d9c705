package im.parley.xmpp.transport;

import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

/**
 * One XML stream to the server, over TCP or BOSH. During negotiation the connecting thread drives
 * it synchronously ({@link #openStream}, {@link #writeNow}, {@link #next}); once the session is
 * up, {@link #start} hands reading and writing to the transport's own threads.
 */
public interface XmppTransport extends AutoCloseable {
    /** What the transport's threads report once the session is established. */
    interface Listener {
        void onEvent(StreamEvent event);

        /** The stream ended abnormally: an I/O error, or a parse error (an {@link XmlStreamException}). */
        void onFailure(Exception cause);
    }

    String domain();

    /** True when the bytes are encrypted (TLS on the socket, or HTTPS for BOSH). */
    boolean isSecure();

    /** The server's leaf certificate, for tls-server-end-point channel binding. */
    Optional<X509Certificate> serverCertificate();

    /**
     * Channel binding data of the given type (RFC 5929, RFC 9266) for SCRAM -PLUS, when this
     * connection can export it.
     */
    Optional<byte[]> channelBinding(String type);

    /** Whether STARTTLS applies to this transport (TCP without TLS yet). */
    boolean canStartTls();

    /** Layers TLS over the connection after {@code <proceed/>}. */
    void startTls(TlsSettings tls) throws TlsException, ConnectException, IOException;

    /** Whether XEP-0138 compression applies to this transport. */
    boolean canCompress();

    /** Switches to zlib compression after {@code <compressed/>} (XEP-0138). */
    void startCompression() throws IOException;

    /**
     * Opens the stream, or restarts it after TLS, SASL or compression (RFC 6120 §4.3.3). The
     * server's answer arrives as an {@link StreamEvent.Opened} event from {@link #next}.
     *
     * @param from our bare JID, or null before the stream is encrypted
     */
    void openStream(String from, String lang) throws IOException;

    /** Sends at once; only during negotiation. */
    void writeNow(XmlElement element) throws IOException;

    /** Waits for the next stream event; only during negotiation. */
    StreamEvent next(Duration timeout) throws IOException, XmlStreamException;

    /** Hands the stream to the transport's threads; events already read are delivered first. */
    void start(Listener listener) throws IOException;

    /** Queues an element for sending, in order. */
    void send(XmlElement element);

    /** Time of the last data received, for dead-connection detection. */
    long lastReceivedNanos();

    /** Sends what is queued plus {@code last} (may be null), closes the stream, and waits at most {@code wait}. */
    void endStream(XmlElement last, Duration wait);

    /** Cuts the connection without a closing handshake, as a network failure would. */
    void abort();

    @Override
    void close();
}
