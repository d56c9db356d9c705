package im.parley.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A loopback TCP relay between the engine and a real server, for cutting connections under the
 * engine and for playing a man in the middle. It records what the client sent.
 */
public final class TcpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final UnaryOperator<String> serverToClient;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final StringBuffer fromClient = new StringBuffer();
    private volatile boolean closed;
    private volatile boolean frozen;
    private volatile boolean serverSilenced;
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();

    /** {@code serverToClient} may rewrite what the server sends (applied per read, as text). */
    public TcpProxy(int targetPort, UnaryOperator<String> serverToClient) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.serverToClient = serverToClient;
        Thread accept = new Thread(this::acceptLoop, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public TcpProxy(int targetPort) throws IOException {
        this(targetPort, null);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many client connections were relayed so far. */
    public int connections() {
        return accepted.get();
    }

    /** Everything clients sent, as text (readable until TLS starts). */
    public String clientBytes() {
        return fromClient.toString();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException serverDown) {
                // The server is down (restarting): this client is refused, later ones may get through.
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClientSide) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (frozen || (serverSilenced && !fromClientSide)) {
                        // A dead path: bytes vanish, the connection stays open.
                        continue;
                    }
                    if (fromClientSide) {
                        fromClient.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                        out.write(buf, 0, n);
                    } else if (serverToClient != null) {
                        String text = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                        out.write(serverToClient.apply(text).getBytes(StandardCharsets.ISO_8859_1));
                    } else {
                        out.write(buf, 0, n);
                    }
                    out.flush();
                }
            } catch (IOException e) {
                // The other side closed or we cut it: end both directions.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** From now on drops every byte in both directions without closing anything: a silent network. */
    public void freeze() {
        frozen = true;
    }

    /**
     * From now on drops what the server sends, while what clients send still arrives: the server
     * gets our stanzas, we never see its acknowledgements. Ends with {@link #thaw()}.
     */
    public void silenceServer() {
        serverSilenced = true;
    }

    /** Relays again, for new connections too. */
    public void thaw() {
        frozen = false;
        serverSilenced = false;
    }

    /** Cuts every relayed connection at once, as a network failure would. */
    public void cutAll() {
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    /** Resets every relayed connection, both sides (TCP RST, not FIN): a middlebox dropping its state. */
    public void resetAll() {
        for (Socket s : sockets) {
            try {
                s.setSoLinger(true, 0);
            } catch (IOException ignored) {
                // Closed already: nothing to reset.
            }
            closeQuietly(s);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        cutAll();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
