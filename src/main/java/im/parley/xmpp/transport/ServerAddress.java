package im.parley.xmpp.transport;

/** One place to try: host, port, and whether TLS starts at once (XEP-0368) or by STARTTLS. */
public record ServerAddress(String host, int port, boolean directTls) {
    @Override
    public String toString() {
        return host + ":" + port + (directTls ? " (direct TLS)" : "");
    }
}
