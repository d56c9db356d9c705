package im.parley.xmpp.transport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A handshake the network cuts is a connection failure, worth retrying; a peer that answers
 * with something that is not TLS is a TLS failure, which retrying would not change.
 */
class TlsHandshakeFailureTest {
    /** A local peer that reads the ClientHello, then does {@code answer} to the connection. */
    private static ServerSocket peer(PeerAnswer answer) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                in.read(new byte[512]);
                answer.to(s);
            } catch (IOException ignored) {
                // The test is over.
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    @FunctionalInterface
    private interface PeerAnswer {
        void to(Socket s) throws IOException;
    }

    @Test
    void aConnectionResetDuringTheHandshakeIsAConnectFailure() throws Exception {
        try (ServerSocket server = peer(s -> {
            s.setSoLinger(true, 0);
            s.close();
        }); Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThatThrownBy(() -> TlsSettings.systemDefaults().handshake(plain, "localhost", null))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aPeerThatDoesNotSpeakTlsIsATlsFailure() throws Exception {
        try (ServerSocket server = peer(s -> {
            s.getOutputStream().write("<?xml version='1.0'?><stream:stream>".repeat(4).getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            s.getInputStream().read(new byte[512]);
        }); Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThatThrownBy(() -> TlsSettings.systemDefaults().handshake(plain, "localhost", null))
                    .isInstanceOf(TlsException.class);
        }
    }
}
