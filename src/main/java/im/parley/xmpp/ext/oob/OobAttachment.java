package im.parley.xmpp.ext.oob;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** {@code <x xmlns='jabber:x:oob'><url/><desc/></x>}: a link to a file sent with a message. */
public record OobAttachment(URI url, String desc) {
    public static final String NAMESPACE = "jabber:x:oob";
    public static final String ELEMENT = "x";

    public OobAttachment {
        Objects.requireNonNull(url, "url");
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE)
                .child(XmlElement.ofText("url", NAMESPACE, url.toString()));
        if (desc != null) {
            b.child(XmlElement.ofText("desc", NAMESPACE, desc));
        }
        return b.build();
    }

    /** The url is required by the schema and must parse; {@code desc} is optional. */
    public static OobAttachment fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not an oob attachment: " + e.name());
        }
        String url = e.childText("url", NAMESPACE).map(String::strip).orElse("");
        if (url.isEmpty()) {
            throw new PayloadFormatException("oob without a url");
        }
        try {
            return new OobAttachment(new URI(url), e.childText("desc", NAMESPACE).orElse(null));
        } catch (URISyntaxException ex) {
            throw new PayloadFormatException("oob url is not a URI: " + url);
        }
    }

    /** True for http and https with a host: the only links we fetch or show as files. */
    public boolean isWebUrl() {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    /**
     * The message's attachments worth surfacing. Other schemes (file:, javascript:, smb:, ...)
     * are dropped: a click on them could read local files or run code, and no peer needs them.
     */
    public static List<OobAttachment> of(Message m) {
        List<OobAttachment> out = new ArrayList<>();
        for (XmlElement e : m.payloads()) {
            if (e.is(ELEMENT, NAMESPACE)) {
                try {
                    OobAttachment a = fromXml(e);
                    if (a.isWebUrl()) {
                        out.add(a);
                    }
                } catch (PayloadFormatException ex) {
                    // malformed: ignored like any bad extension, the message still counts
                }
            }
        }
        return List.copyOf(out);
    }
}
