package im.parley.xmpp.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The GS2 header that opens SCRAM's client-first message (RFC 5802 §7). The server sees it again,
 * with the channel binding data, in the c= attribute of client-final, which is what ties the
 * authentication to the TLS channel and detects a stripped -PLUS offer.
 */
final class Gs2Header {

    private final String text;
    private final byte[] bindingData;

    private Gs2Header(String text, byte[] bindingData) {
        this.text = text;
        this.bindingData = bindingData;
    }

    /**
     * @param binding the binding in use ("p=type"), or {@code null} for none
     * @param clientSupportsBinding without a binding: "y" (we could bind, but the server offered no
     *     -PLUS, so a server that does support it will spot the downgrade) rather than "n"
     * @param authzid sent as "a=" when not {@code null}
     */
    static Gs2Header of(ChannelBinding binding, boolean clientSupportsBinding, String authzid) {
        String flag = binding != null ? "p=" + binding.type() : clientSupportsBinding ? "y" : "n";
        String authz = authzid == null ? "" : "a=" + ScramAttributes.escapeSaslName(authzid);
        byte[] data = binding != null ? binding.data() : new byte[0];
        return new Gs2Header(flag + "," + authz + ",", data);
    }

    /** e.g. "p=tls-exporter,," or "n,a=admin,". */
    String text() {
        return text;
    }

    /** The c= value of client-final: base64 of the header followed by the binding data. */
    String channelBindingAttribute() {
        byte[] header = text.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[header.length + bindingData.length];
        System.arraycopy(header, 0, input, 0, header.length);
        System.arraycopy(bindingData, 0, input, header.length, bindingData.length);
        return Base64.getEncoder().encodeToString(input);
    }
}
