package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes XEP-0048's {@code <storage xmlns='storage:bookmarks'/>}. Elements of other
 * namespaces inside a conference are kept as its extensions, so another client's data survives
 * our edits. One room with a bad JID makes the whole storage malformed: rewriting it would lose it.
 */
public final class BookmarkStorageCodec implements PayloadCodec<BookmarkStorage> {
    public static final QName NAME = new QName(BookmarkStorage.NAMESPACE, BookmarkStorage.ELEMENT);
    private static final String NS = BookmarkStorage.NAMESPACE;

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<BookmarkStorage> type() {
        return BookmarkStorage.class;
    }

    @Override
    public Decoded<BookmarkStorage> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "bookmark storage", element, BookmarkStorageCodec::read);
    }

    private static BookmarkStorage read(XmlElement e) throws PayloadFormatException {
        List<Bookmark> conferences = new ArrayList<>();
        for (XmlElement c : e.children("conference", NS)) {
            List<XmlElement> extensions = c.elements().stream().filter(x -> !x.namespace().equals(NS)).toList();
            conferences.add(new Bookmark(Jid.of(PayloadAttributes.required(c, "jid")), ConferenceCodec.read(c, NS, extensions)));
        }
        List<UrlBookmark> urls = new ArrayList<>();
        for (XmlElement u : e.children("url", NS)) {
            urls.add(new UrlBookmark(u.attributeOrNull("name"), PayloadAttributes.required(u, "url")));
        }
        return new BookmarkStorage(conferences, urls);
    }

    @Override
    public XmlElement encode(BookmarkStorage value) {
        XmlElement.Builder b = XmlElement.builder(BookmarkStorage.ELEMENT, NS);
        for (Bookmark bookmark : value.conferences()) {
            XmlElement.Builder conference = XmlElement.builder("conference", NS).attribute("jid", bookmark.room().toString());
            ConferenceCodec.write(conference, bookmark.conference(), NS);
            b.child(conference.children(bookmark.conference().extensions()).build());
        }
        for (UrlBookmark url : value.urls()) {
            b.child(XmlElement.builder("url", NS).attribute("name", url.name()).attribute("url", url.url()).build());
        }
        return b.build();
    }
}
