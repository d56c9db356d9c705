package im.parley.xmpp.transport;

import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * One XML stream over TCP, plain until STARTTLS or TLS from the first byte (XEP-0368).
 *
 * <p>While the stream is negotiated, the connecting thread reads synchronously with
 * {@link #next(Duration)}: no other thread may touch the socket while TLS is being layered on top
 * of it. Once the session is up, {@link #start(Listener)} hands reading to one reader thread and
 * writing to one writer thread that drains a queue.
 */
public final class TcpTransport implements AutoCloseable {
    /** Receives what the reader thread sees once the session is established. */
    public interface Listener {
        void onEvent(StreamEvent event);

        /** The stream ended abnormally: an I/O error, or a parse error (an {@link XmlStreamException}). */
        void onFailure(Exception cause);
    }

    /** -Dparley.wire=true prints every element sent to stderr, for debugging a server's behaviour. */
    private static final boolean WIRE = Boolean.getBoolean("parley.wire");
    /**
     * Largest batch written at once, so at most one TLS record. 4 KiB rather than the 16 KiB a
     * record may hold: Prosody 0.12 reads 4 KiB at a time, and a record it has only half read when
     * the connection dies leaves half a stanza in its parser.
     */
    private static final int RECORD_SIZE = 4 * 1024;
    private static final String POISON = new String("close");

    private final String domain;
    private final Limits limits;
    private final ArrayDeque<StreamEvent> pending = new ArrayDeque<>();
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final XmlStreamParser parser;
    private final byte[] buffer = new byte[16 * 1024];
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile boolean closed;
    private Thread reader;
    private Thread writer;

    private TcpTransport(String domain, Socket socket, Limits limits) throws IOException {
        this.domain = domain;
        this.limits = limits;
        this.parser = new XmlStreamParser(new XmlStreamParser.Listener() {
            @Override
            public void streamOpened(StreamHeader header) {
                pending.add(new StreamEvent.Opened(header));
            }

            @Override
            public void element(XmlElement element) {
                pending.add(new StreamEvent.Element(element));
            }

            @Override
            public void streamClosed() {
                pending.add(new StreamEvent.Closed());
            }
        }, limits);
        attach(socket);
    }

    /** Opens a TCP connection to {@code address}; with direct TLS the handshake runs at once. */
    public static TcpTransport connect(ServerAddress address, String domain, TlsSettings tls, Duration timeout,
                                       Limits limits) throws ConnectException, TlsException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(address.host(), address.port()), (int) timeout.toMillis());
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ConnectException("cannot connect to " + address + ": " + e.getMessage(), e);
        }
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            if (address.directTls()) {
                socket = tls.handshake(socket, domain, "xmpp-client");
            }
            return new TcpTransport(domain, socket, limits);
        } catch (TlsException e) {
            closeQuietly(socket);
            throw e;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ConnectException("cannot set up the connection to " + address + ": " + e.getMessage(), e);
        }
    }

    private void attach(Socket s) throws IOException {
        this.socket = s;
        this.in = s.getInputStream();
        this.out = s.getOutputStream();
    }

    public String domain() {
        return domain;
    }

    public Limits limits() {
        return limits;
    }

    public boolean isSecure() {
        return socket instanceof SSLSocket;
    }

    public Optional<SSLSession> tlsSession() {
        return socket instanceof SSLSocket ssl ? Optional.of(ssl.getSession()) : Optional.empty();
    }

    /** The server's leaf certificate, for tls-server-end-point channel binding. */
    public Optional<X509Certificate> serverCertificate() {
        try {
            return tlsSession().map(s -> {
                try {
                    Certificate[] chain = s.getPeerCertificates();
                    return chain.length > 0 && chain[0] instanceof X509Certificate x ? x : null;
                } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                    return null;
                }
            });
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Layers TLS over the open socket after {@code <proceed/>}. */
    public void startTls(TlsSettings tls) throws TlsException, IOException {
        int timeout = socket.getSoTimeout();
        SSLSocket ssl = tls.handshake(socket, domain, null);
        ssl.setSoTimeout(timeout);
        attach(ssl);
    }

    /** Forgets the old document so the next bytes can open a new stream (RFC 6120 §4.3.3). */
    public void restart() {
        parser.reset();
        pending.clear();
    }

    /** Writes and flushes at once; only for the negotiation phase, before {@link #start}. */
    public void writeNow(String xml) throws IOException {
        if (WIRE) {
            System.err.println("SEND " + xml);
        }
        out.write(xml.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads synchronously until the next stream event; only for the negotiation phase. */
    public StreamEvent next(Duration timeout) throws IOException, XmlStreamException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("no answer from the server within " + timeout.toSeconds() + " s");
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            int n = in.read(buffer);
            if (n < 0) {
                // A TCP close mid-document is a lost connection, not malformed XML: it may be resumed.
                throw new IOException("the server closed the connection");
            }
            lastReceivedNanos = System.nanoTime();
            parser.feed(buffer, 0, n);
        }
        return pending.poll();
    }

    /** Switches to the reader and writer threads; events already read are delivered first. */
    public void start(Listener listener) throws IOException {
        socket.setSoTimeout(0);
        reader = new Thread(() -> readLoop(listener), "parley-reader-" + domain);
        writer = new Thread(() -> writeLoop(listener), "parley-writer-" + domain);
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private void readLoop(Listener listener) {
        try {
            drain(listener);
            while (!closed) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("the server closed the connection");
                }
                lastReceivedNanos = System.nanoTime();
                parser.feed(buffer, 0, n);
                drain(listener);
            }
        } catch (IOException | XmlStreamException | RuntimeException e) {
            if (!closed) {
                listener.onFailure(e);
            }
        }
    }

    private void drain(Listener listener) {
        StreamEvent e;
        while ((e = pending.poll()) != null) {
            listener.onEvent(e);
        }
    }

    /**
     * Writes queued stanzas in batches of whole stanzas, each batch in one write and so in one TLS
     * record. A connection cut then never leaves half a stanza in the server's parser: Prosody
     * 0.12 feeds a resumed stream to the old connection's parser, and rejects it as not
     * well-formed if that parser held a partial stanza.
     */
    private void writeLoop(Listener listener) {
        ByteArrayOutputStream batch = new ByteArrayOutputStream(RECORD_SIZE);
        try {
            while (true) {
                String xml = outbound.take();
                while (xml != null) {
                    if (xml == POISON) {
                        flushBatch(batch);
                        return;
                    }
                    if (WIRE) {
                        System.err.println("SEND " + xml);
                    }
                    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                    if (batch.size() > 0 && batch.size() + bytes.length > RECORD_SIZE) {
                        flushBatch(batch);
                    }
                    batch.write(bytes);
                    xml = outbound.poll();
                }
                flushBatch(batch);
            }
        } catch (IOException e) {
            if (!closed) {
                listener.onFailure(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flushBatch(ByteArrayOutputStream batch) throws IOException {
        if (batch.size() > 0) {
            batch.writeTo(out);
            out.flush();
            batch.reset();
        }
    }

    /** Queues serialized XML for the writer thread, in order. */
    public void send(String xml) {
        outbound.add(xml);
    }

    /** Time of the last bytes received, for dead-connection detection. */
    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    /** Sends what is queued plus {@code last} (e.g. a closing tag), then closes; waits at most {@code wait}. */
    public void closeGracefully(String last, Duration wait) {
        if (writer != null && writer.isAlive()) {
            if (last != null) {
                outbound.add(last);
            }
            outbound.add(POISON);
            try {
                writer.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (last != null) {
            try {
                writeNow(last);
            } catch (IOException ignored) {
                // The peer is gone already; closing is all that is left to do.
            }
        }
        close();
    }

    @Override
    public void close() {
        closed = true;
        outbound.add(POISON);
        closeQuietly(socket);
    }

    /** Cuts the socket without a closing handshake, as a network failure would. */
    public void abort() {
        closeQuietly(socket);
    }

    public boolean isClosed() {
        return closed;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Nothing useful can be done about a failing close.
        }
    }
}
