package im.parley.xmpp.transport;

import im.parley.xmpp.sasl.ChannelBindings;
import im.parley.xmpp.sasl.SaslException;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** tls-server-end-point (RFC 5929 §4) for transports that only see the server certificate. */
final class ChannelBindingData {
    private ChannelBindingData() {
    }

    static Optional<byte[]> tlsServerEndPoint(X509Certificate cert) {
        try {
            return Optional.of(ChannelBindings.tlsServerEndPoint(cert));
        } catch (SaslException e) {
            return Optional.empty();
        }
    }
}
