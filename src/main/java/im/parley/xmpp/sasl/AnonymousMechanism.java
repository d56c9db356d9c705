package im.parley.xmpp.sasl;

/**
 * ANONYMOUS (RFC 4505): logs in as a temporary account. The optional trace information is left
 * empty because it would only tell the server something about the user.
 */
public final class AnonymousMechanism extends SingleMessageMechanism {

    public static final String NAME = "ANONYMOUS";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] initialResponse() {
        return new byte[0];
    }
}
