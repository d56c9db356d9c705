package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a {@link ListQuery}: collections in chronological order (§9.1), attributes only.
 *
 * @param page the bounds of this page; null when the answer had no {@code <set/>} (an empty list)
 */
public record CollectionList(List<ChatCollection> chats, Page page) {
    private static final ChatCodec CHATS = new ChatCodec();
    private static final RsmCodec RSM = new RsmCodec();

    public CollectionList {
        chats = List.copyOf(chats);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ListQuery.ELEMENT, Archiving.NAMESPACE);
        chats.forEach(c -> b.child(CHATS.encode(c)));
        if (page != null) {
            b.child(RSM.encode(page));
        }
        return b.build();
    }

    public static CollectionList fromXml(XmlElement list) throws PayloadFormatException {
        if (!list.is(ListQuery.ELEMENT, Archiving.NAMESPACE)) {
            throw new PayloadFormatException("not a list: " + list.name());
        }
        List<ChatCollection> chats = new ArrayList<>();
        for (XmlElement chat : list.children(ChatCollection.ELEMENT, Archiving.NAMESPACE)) {
            Decoded<ChatCollection> d = CHATS.decode(chat);
            if (d instanceof Decoded.Malformed<ChatCollection> m) {
                throw new PayloadFormatException(m.reason());
            }
            chats.add(d.valueIfAny().orElseThrow());
        }
        Page page = null;
        XmlElement set = list.child(ResultSet.ELEMENT, ResultSet.NAMESPACE).orElse(null);
        if (set != null) {
            if (!(RSM.decode(set).valueIfAny().orElse(null) instanceof Page p)) {
                throw new PayloadFormatException("a list's <set/> must describe a page");
            }
            page = p;
        }
        return new CollectionList(chats, page);
    }
}
