package im.parley.xmpp.sasl;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Channel binding data exported by the TLS layer, tagged with its type name (RFC 5056).
 *
 * @param type e.g. "tls-exporter", "tls-server-end-point", "tls-unique"
 * @param data the binding bytes; copied in and out so the record stays immutable
 */
public record ChannelBinding(String type, byte[] data) {

    /** cb-name of RFC 5802 §7: the type goes verbatim into the GS2 header, so it must not break its syntax. */
    private static final Pattern CB_NAME = Pattern.compile("[A-Za-z0-9.-]+");

    public ChannelBinding {
        Objects.requireNonNull(type, "type");
        if (!CB_NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("not a channel binding type name: " + type);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return "ChannelBinding[" + type + ", " + data.length + " bytes]";
    }
}
