package im.parley.xmpp.transport;

import java.net.Socket;
import java.security.Provider;
import java.util.Optional;
import org.bouncycastle.jsse.BCSSLSocket;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * Everything that touches BouncyCastle's JSSE (used only for channel binding), kept out of the
 * classes every connection loads: bctls is a signed jar, and the first class taken from it costs
 * a cold start the jar's signature checks (about 80 ms). Referenced directly from
 * {@link TlsSettings}, the provider was loaded when that class was verified, channel binding or not.
 * Loading this class loads BouncyCastle (the verifier checks the provider's type), so callers
 * come here only when channel binding is on or the socket is BouncyCastle's.
 */
final class BouncyCastleTls {
    private BouncyCastleTls() {
    }

    static Provider provider() {
        return new BouncyCastleJsseProvider();
    }

    /**
     * The channel binding data of {@code type} exported by a BouncyCastle socket; empty when the
     * socket is not one or BouncyCastle cannot export the type on this connection (e.g. tls-unique
     * on TLS 1.3). Null when the socket is not BouncyCastle's.
     */
    static Optional<byte[]> exported(Socket socket, String type) {
        if (!(socket instanceof BCSSLSocket bc)) {
            return null;
        }
        try {
            return Optional.ofNullable(bc.getConnection().getChannelBinding(type));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
