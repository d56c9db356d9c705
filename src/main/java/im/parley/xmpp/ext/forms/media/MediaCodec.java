package im.parley.xmpp.ext.forms.media;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** The media element of XEP-0221. Elements other than uri inside it are ignored, as the schema has none. */
public final class MediaCodec implements PayloadCodec<Media> {
    private static final String NS = Media.NAMESPACE;
    private static final QName NAME = new QName(NS, "media");
    private static final int UNSIGNED_SHORT_MAX = 0xFFFF;

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<Media> type() {
        return Media.class;
    }

    @Override
    public Decoded<Media> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "<media/>", element, MediaCodec::read);
    }

    private static Media read(XmlElement media) throws PayloadFormatException {
        List<Media.Location> uris = new ArrayList<>();
        for (XmlElement uri : media.children("uri", NS)) {
            uris.add(new Media.Location(PayloadAttributes.required(uri, "type"), uri(uri.text())));
        }
        return new Media(dimension(media, "height"), dimension(media, "width"), uris);
    }

    // The examples wrap the URI in whitespace; xs:anyURI collapses it.
    private static URI uri(String text) throws PayloadFormatException {
        String uri = text.strip();
        if (uri.isEmpty()) {
            throw new PayloadFormatException("<uri/> without a URI");
        }
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            throw new PayloadFormatException("'" + uri + "' is not a URI");
        }
    }

    private static Integer dimension(XmlElement media, String name) throws PayloadFormatException {
        Long n = PayloadAttributes.optionalNumber(media, name, 0, UNSIGNED_SHORT_MAX);
        return n == null ? null : n.intValue();
    }

    @Override
    public XmlElement encode(Media value) {
        XmlElement.Builder b = XmlElement.builder("media", NS)
                .attribute("height", text(value.height())).attribute("width", text(value.width()));
        for (Media.Location location : value.uris()) {
            b.child(XmlElement.builder("uri", NS).attribute("type", location.type())
                    .text(location.uri().toString()).build());
        }
        return b.build();
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }
}
