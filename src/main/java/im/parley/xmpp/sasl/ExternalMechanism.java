package im.parley.xmpp.sasl;

import java.nio.charset.StandardCharsets;

/**
 * EXTERNAL (RFC 4422 appendix A): the identity comes from outside SASL, in XMPP a TLS client
 * certificate (XEP-0178), so the client only names whom it wants to act as.
 */
public final class ExternalMechanism extends SingleMessageMechanism {

    public static final String NAME = "EXTERNAL";

    private final String authzid;

    /** @param authzid the identity to act as, or {@code null} to let the certificate decide */
    public ExternalMechanism(String authzid) {
        this.authzid = authzid;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] initialResponse() {
        return authzid == null ? new byte[0] : authzid.getBytes(StandardCharsets.UTF_8);
    }
}
