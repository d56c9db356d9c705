package im.parley.xmpp.sasl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** PLAIN (RFC 4616): sends the password itself, so {@link SaslMechanismSelector} only offers it over TLS. */
public final class PlainMechanism extends SingleMessageMechanism {

    public static final String NAME = "PLAIN";

    private final SaslCredentials credentials;

    public PlainMechanism(SaslCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** authzid NUL authcid NUL passwd, in UTF-8; the password prepared as OpaqueString like for SCRAM. */
    @Override
    public byte[] initialResponse() throws SaslException {
        String authzid = credentials.authzid() == null ? "" : credentials.authzid();
        // NUL separates the fields, so one inside a field would shift them.
        if (authzid.indexOf('\0') >= 0 || credentials.username().indexOf('\0') >= 0) {
            throw new SaslException("PLAIN identities must not contain NUL");
        }
        byte[] password = OpaqueStringPassword.utf8(credentials.password());
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        try {
            message.writeBytes(authzid.getBytes(StandardCharsets.UTF_8));
            message.write(0);
            message.writeBytes(credentials.username().getBytes(StandardCharsets.UTF_8));
            message.write(0);
            message.writeBytes(password);
            return message.toByteArray();
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }
}
