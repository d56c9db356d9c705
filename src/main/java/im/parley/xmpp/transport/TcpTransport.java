package im.parley.xmpp.transport;

import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import im.parley.xmpp.xml.XmlWriter;
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
import jdk.net.ExtendedSocketOptions;

/**
 * One XML stream over TCP, plain until STARTTLS or TLS from the first byte (XEP-0368).
 *
 * <p>While the stream is negotiated, the connecting thread reads synchronously with
 * {@link #next(Duration)}: no other thread may touch the socket while TLS is being layered on top
 * of it. Once the session is up, {@link #start(Listener)} hands reading to one reader thread and
 * writing to one writer thread that drains a queue.
 */
public final class TcpTransport implements XmppTransport {
    private static final String CLIENT_NAMESPACE = "jabber:client";

    /** -Dparley.wire=true prints every element sent to stderr, for debugging a server's behaviour. */
    private static final boolean WIRE = Boolean.getBoolean("parley.wire");
    /**
     * Largest batch written at once, so at most one TLS record. 4 KiB rather than the 16 KiB a
     * record may hold: Prosody 0.12 reads 4 KiB at a time, and a record it has only half read when
     * the connection dies leaves half a stanza in its parser.
     */
    private static final int RECORD_SIZE = 4 * 1024;
    /** Queued after the last element: the writer flushes and stops. */
    private static final Object POISON = new Object();
    private static final boolean QUICKACK_SUPPORTED = quickAckSupported();

    private final String domain;
    private final Limits limits;
    private final ArrayDeque<StreamEvent> pending = new ArrayDeque<>();
    private final BlockingQueue<Object> outbound = new LinkedBlockingQueue<>();
    private Socket socket;
    /** The TCP socket under any TLS layer: socket options are set on it. */
    private Socket tcp;
    private InputStream in;
    private OutputStream out;
    private final XmlStreamParser parser;
    private final byte[] buffer = new byte[16 * 1024];
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile boolean closed;
    private Thread reader;
    private Thread writer;
    private volatile ZlibCodec compression;

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
        if (tcp == null) {
            tcp = s;
        }
        this.socket = s;
        this.in = s.getInputStream();
        this.out = s.getOutputStream();
    }

    @Override
    public String domain() {
        return domain;
    }

    @Override
    public boolean isSecure() {
        return socket instanceof SSLSocket;
    }

    @Override
    public boolean canStartTls() {
        return !isSecure();
    }

    @Override
    public boolean canCompress() {
        return compression == null;
    }

    public Optional<SSLSession> tlsSession() {
        return socket instanceof SSLSocket ssl ? Optional.of(ssl.getSession()) : Optional.empty();
    }

    @Override
    public Optional<byte[]> channelBinding(String type) {
        // Judged by name first: loading BouncyCastle's classes costs a cold start its signed jar's checks.
        if (!type.equals("tls-server-end-point") && socket != null
                && socket.getClass().getName().startsWith("org.bouncycastle.")) {
            Optional<byte[]> exported = BouncyCastleTls.exported(socket, type);
            if (exported != null) {
                return exported;
            }
        }
        if (type.equals("tls-server-end-point")) {
            return serverCertificate().flatMap(ChannelBindingData::tlsServerEndPoint);
        }
        return Optional.empty();
    }

    @Override
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

    @Override
    public void startTls(TlsSettings tls) throws TlsException, ConnectException, IOException {
        int timeout = socket.getSoTimeout();
        SSLSocket ssl = tls.handshake(socket, domain, null);
        ssl.setSoTimeout(timeout);
        attach(ssl);
    }

    @Override
    public void startCompression() {
        compression = new ZlibCodec();
    }

    /** Forgets the old document, so the server's new header starts a fresh one, and sends ours. */
    @Override
    public void openStream(String from, String lang) throws IOException {
        parser.reset();
        pending.clear();
        StringBuilder sb = new StringBuilder(256);
        sb.append("<?xml version='1.0'?><stream:stream xmlns='").append(CLIENT_NAMESPACE)
                .append("' xmlns:stream='").append(XmlWriter.STREAM_NAMESPACE).append("' to='");
        XmlWriter.escapeAttribute(domain, sb);
        sb.append("' version='1.0' xml:lang='");
        XmlWriter.escapeAttribute(lang, sb);
        sb.append('\'');
        if (from != null) {
            sb.append(" from='");
            XmlWriter.escapeAttribute(from, sb);
            sb.append('\'');
        }
        sb.append('>');
        writeText(sb.toString());
    }

    @Override
    public void writeNow(XmlElement element) throws IOException {
        writeText(XmlWriter.toXml(element, CLIENT_NAMESPACE));
    }

    private void writeText(String xml) throws IOException {
        if (WIRE) {
            System.err.println("SEND " + xml);
        }
        writeBytes(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one batch and flushes it, compressed when XEP-0138 is on. */
    private void writeBytes(byte[] bytes) throws IOException {
        if (compression != null) {
            bytes = compression.deflate(bytes);
        }
        out.write(bytes);
        out.flush();
    }

    /** Feeds what the socket delivered to the parser, inflating it first when compressed. */
    private void received(int n) throws IOException, XmlStreamException {
        lastReceivedNanos = System.nanoTime();
        if (compression == null) {
            parser.feed(buffer, 0, n);
        } else {
            compression.inflate(buffer, n, parser);
        }
    }

    @Override
    public StreamEvent next(Duration timeout) throws IOException, XmlStreamException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("no answer from the server within " + timeout.toSeconds() + " s");
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            quickAck();
            int n = in.read(buffer);
            if (n < 0) {
                // A TCP close mid-document is a lost connection, not malformed XML: it may be resumed.
                throw new IOException("the server closed the connection");
            }
            received(n);
        }
        return pending.poll();
    }

    /**
     * Asks the kernel to acknowledge what arrives next at once rather than after the delayed-ACK
     * timer (40 ms on Linux). A server that leaves Nagle on (Prosody does) holds a small write
     * while an earlier one is unacknowledged: after the TLS 1.3 handshake OpenSSL sends two
     * NewSessionTicket records, the second waits for the ACK of the first, and the stream features
     * wait behind it, so every STARTTLS login lost ~40 ms. Linux clears TCP_QUICKACK by itself,
     * hence once per read during negotiation; where the option is unsupported this does nothing.
     */
    private void quickAck() {
        if (QUICKACK_SUPPORTED) {
            try {
                tcp.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            } catch (IOException | UnsupportedOperationException e) {
                // Only a latency optimisation.
            }
        }
    }

    private static boolean quickAckSupported() {
        try (Socket probe = new Socket()) {
            return probe.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
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
                received(n);
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
                Object next = outbound.take();
                while (next != null) {
                    if (next == POISON) {
                        flushBatch(batch);
                        return;
                    }
                    String xml = next instanceof XmlElement e ? XmlWriter.toXml(e, CLIENT_NAMESPACE) : (String) next;
                    if (WIRE) {
                        System.err.println("SEND " + xml);
                    }
                    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                    if (batch.size() > 0 && batch.size() + bytes.length > RECORD_SIZE) {
                        flushBatch(batch);
                    }
                    batch.write(bytes);
                    next = outbound.poll();
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
            writeBytes(batch.toByteArray());
            batch.reset();
        }
    }

    @Override
    public void send(XmlElement element) {
        outbound.add(element);
    }

    @Override
    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    @Override
    public void endStream(XmlElement last, Duration wait) {
        String closing = (last == null ? "" : XmlWriter.toXml(last, CLIENT_NAMESPACE)) + "</stream:stream>";
        endStreamWith(closing, wait);
    }

    private void endStreamWith(String closing, Duration wait) {
        if (writer != null && writer.isAlive()) {
            outbound.add(closing);
            outbound.add(POISON);
            try {
                writer.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            try {
                writeText(closing);
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

    @Override
    public void abort() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Nothing useful can be done about a failing close.
        }
    }
}
