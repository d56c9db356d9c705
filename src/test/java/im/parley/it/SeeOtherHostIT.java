package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.transport.ServerAddress;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * RFC 6120 §4.9.3.19: a server that redirects with see-other-host is followed once, to the real
 * Prosody. The redirecting end is a canned TCP answer: no server here redirects by configuration.
 */
class SeeOtherHostIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void redirectIsFollowedToTheRealServer() throws Exception {
        try (ServerSocket redirector = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> redirectOnce(redirector,
                    "127.0.0.1:" + prosody.c2sPort()));
            var config = prosody.config("alice")
                    .server(new ServerAddress("127.0.0.1", redirector.getLocalPort(), false)).build();

            try (XmppClient client = new XmppClient(config)) {
                client.connect();
                assertThat(client.jid().bare()).isEqualTo(prosody.jid("alice"));
            }
            served.get(10, TimeUnit.SECONDS);
        }
    }

    private static void redirectOnce(ServerSocket listener, String otherHost) {
        try (Socket s = listener.accept()) {
            InputStream in = s.getInputStream();
            int c;
            int closes = 0;
            // Read the client's XML declaration and stream header: the second '>'.
            while (closes < 2 && (c = in.read()) >= 0) {
                if (c == '>') {
                    closes++;
                }
            }
            OutputStream out = s.getOutputStream();
            out.write(("<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
                    + " xmlns:stream='http://etherx.jabber.org/streams' id='r1' from='localhost' version='1.0'>"
                    + "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>" + otherHost
                    + "</see-other-host></stream:error></stream:stream>").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
