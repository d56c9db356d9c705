package im.parley.xmpp.ext.jingle.dtls;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code <fingerprint hash='sha-256' setup='actpass'>AB:CD:…</fingerprint>}: the certificate
 * fingerprint the peer will present in the DTLS handshake (a=fingerprint) and its DTLS role
 * (a=setup). It travels inside a transport (ICE-UDP or Raw UDP).
 *
 * @param hash the hash function's textual name as in RFC 4572, e.g. "sha-256"
 * @param fingerprint hex byte pairs separated by colons, as sent
 */
public record DtlsFingerprint(String hash, Setup setup, String fingerprint) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:dtls:0";
    public static final String ELEMENT = "fingerprint";
    // RFC 4572 §5: 2UHEX *(":" 2UHEX); lower case accepted too, as some stacks send it.
    private static final Pattern HEX_PAIRS = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*");

    /** The DTLS role (RFC 5763 §5); 'holdconn' has no mapping in XEP-0320 and is refused. */
    public enum Setup {
        ACTPASS("actpass"), ACTIVE("active"), PASSIVE("passive");

        private final String wire;

        Setup(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Setup fromWire(String value) throws PayloadFormatException {
            for (Setup s : values()) {
                if (s.wire.equals(value)) {
                    return s;
                }
            }
            throw new PayloadFormatException("unknown DTLS setup '" + value + "'");
        }
    }

    public DtlsFingerprint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(setup, "setup");
        if (!HEX_PAIRS.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("not a fingerprint: " + fingerprint);
        }
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, NAMESPACE)
                .attribute("hash", hash)
                .attribute("setup", setup.wire())
                .text(fingerprint)
                .build();
    }

    /** The whitespace around the value in the XEP's examples is dropped. */
    public static DtlsFingerprint fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a DTLS fingerprint: " + e.name());
        }
        String hash = PayloadAttributes.required(e, "hash");
        Setup setup = Setup.fromWire(PayloadAttributes.required(e, "setup"));
        String value = e.text().strip();
        if (!HEX_PAIRS.matcher(value).matches()) {
            throw new PayloadFormatException("fingerprint is not colon-separated hex: '" + value + "'");
        }
        return new DtlsFingerprint(hash, setup, value);
    }
}
