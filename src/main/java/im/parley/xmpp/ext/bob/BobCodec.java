package im.parley.xmpp.ext.bob;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.Base64;

/**
 * Reads and writes {@code <data/>}. Data whose hash function we check (sha1, sha-256) must hash
 * to its cid, or the element is malformed: a name that lies would let anyone replace what others
 * cached under it. Data under another function is read but cannot be trusted by its name.
 */
public final class BobCodec implements PayloadCodec<BobData> {
    private static final QName NAME = new QName(BobData.NAMESPACE, BobData.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<BobData> type() {
        return BobData.class;
    }

    @Override
    public Decoded<BobData> decode(XmlElement data) {
        if (!NAME.matches(data)) {
            return Decoded.notMine();
        }
        ContentId cid;
        Duration maxAge;
        byte[] bytes;
        try {
            cid = ContentId.parse(data.attributeOrNull("cid"));
            maxAge = maxAge(data.attributeOrNull("max-age"));
            // §4 forbids whitespace in the Base64, yet its own example breaks lines: take both.
            bytes = Base64.getDecoder().decode(data.text().replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            return Decoded.malformed(e.getMessage());
        }
        String type = data.attributeOrNull("type");
        if (bytes.length > 0 && !isMediaType(type)) {
            return Decoded.malformed("data needs a 'type' of the form type/subtype, not " + type);
        }
        if (bytes.length > 0 && cid.isVerifiable() && !cid.verifies(bytes)) {
            return Decoded.malformed("the " + bytes.length + " bytes do not hash to their cid " + cid);
        }
        return Decoded.value(new BobData(cid, type, maxAge, bytes));
    }

    private static Duration maxAge(String value) {
        if (value == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new IllegalArgumentException("'max-age' is not a number of seconds: '" + value + "'");
    }

    private static boolean isMediaType(String type) {
        int slash = type == null ? -1 : type.indexOf('/');
        return slash > 0 && slash < type.length() - 1;
    }

    @Override
    public XmlElement encode(BobData value) {
        return XmlElement.builder(BobData.ELEMENT, BobData.NAMESPACE)
                .attribute("cid", value.cid().toString())
                .attribute("max-age", value.maxAge() == null ? null : Long.toString(value.maxAge().getSeconds()))
                .attribute("type", value.type())
                .text(Base64.getEncoder().encodeToString(value.bytes()))
                .build();
    }
}
