package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code <chat/>}. Links to other collections ({@code <next/>},
 * {@code <previous/>}) are skipped: nothing here follows them. Elements of other namespaces in a
 * line are kept.
 */
public final class ChatCodec implements PayloadCodec<ChatCollection> {
    private static final QName NAME = new QName(Archiving.NAMESPACE, ChatCollection.ELEMENT);
    private static final RsmCodec RSM = new RsmCodec();

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<ChatCollection> type() {
        return ChatCollection.class;
    }

    @Override
    public Decoded<ChatCollection> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "archived collection", element, ChatCodec::read);
    }

    private static ChatCollection read(XmlElement chat) throws PayloadFormatException {
        List<ChatItem> items = new ArrayList<>();
        Page page = null;
        for (XmlElement e : chat.elements()) {
            if (e.is(ResultSet.ELEMENT, ResultSet.NAMESPACE)) {
                if (!(RSM.decode(e).valueIfAny().orElse(null) instanceof Page p)) {
                    throw new PayloadFormatException("a collection's <set/> must describe a page");
                }
                page = p;
            } else if (e.namespace().equals(Archiving.NAMESPACE)) {
                switch (e.name()) {
                    case "to" -> items.add(line(ChatItem.Direction.TO, e));
                    case "from" -> items.add(line(ChatItem.Direction.FROM, e));
                    case "note" -> items.add(new ChatItem.Note(Archiving.optionalTime("a note's utc",
                            e.attributeOrNull("utc")), e.text()));
                    default -> {
                        // <next/> and <previous/> link collections; not followed.
                    }
                }
            }
        }
        Long version = PayloadAttributes.optionalNumber(chat, "version", 0, Integer.MAX_VALUE);
        return new ChatCollection(Jid.of(PayloadAttributes.required(chat, "with")),
                Archiving.time("start", PayloadAttributes.required(chat, "start")), chat.attributeOrNull("subject"),
                chat.attributeOrNull("thread"), version == null ? null : version.intValue(), items, page);
    }

    private static ChatItem.Line line(ChatItem.Direction direction, XmlElement e) throws PayloadFormatException {
        List<String> bodies = new ArrayList<>();
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement child : e.elements()) {
            if (child.is("body", Archiving.NAMESPACE)) {
                bodies.add(child.text());
            } else if (!child.namespace().equals(Archiving.NAMESPACE)) {
                extensions.add(child);
            }
        }
        String jid = e.attributeOrNull("jid");
        return new ChatItem.Line(direction, PayloadAttributes.optionalNumber(e, "secs", 0, Long.MAX_VALUE),
                Archiving.optionalTime("a line's utc", e.attributeOrNull("utc")), jid == null ? null : Jid.of(jid),
                e.attributeOrNull("name"), bodies, extensions);
    }

    @Override
    public XmlElement encode(ChatCollection value) {
        XmlElement.Builder b = XmlElement.builder(ChatCollection.ELEMENT, Archiving.NAMESPACE)
                .attribute("with", value.with().toString()).attribute("start", Archiving.format(value.start()))
                .attribute("subject", value.subject()).attribute("thread", value.thread())
                .attribute("version", value.version() == null ? null : value.version().toString());
        for (ChatItem item : value.items()) {
            if (item instanceof ChatItem.Line line) {
                XmlElement.Builder l = XmlElement.builder(line.direction() == ChatItem.Direction.TO ? "to" : "from",
                                Archiving.NAMESPACE)
                        .attribute("secs", line.secs() == null ? null : line.secs().toString())
                        .attribute("utc", Archiving.format(line.utc()))
                        .attribute("jid", line.jid() == null ? null : line.jid().toString())
                        .attribute("name", line.name());
                line.bodies().forEach(body -> l.child(XmlElement.ofText("body", Archiving.NAMESPACE, body)));
                line.extensions().forEach(l::child);
                b.child(l.build());
            } else if (item instanceof ChatItem.Note note) {
                b.child(XmlElement.builder("note", Archiving.NAMESPACE).attribute("utc", Archiving.format(note.utc()))
                        .text(note.text()).build());
            }
        }
        if (value.page() != null) {
            b.child(RSM.encode(value.page()));
        }
        return b.build();
    }
}
