package im.parley.xmpp.ext.disco;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** A disco#items answer (XEP-0030 §4). Items with an invalid JID are skipped, not fatal. */
public record DiscoItems(String node, List<Item> items) {
    public static final String NAMESPACE = "http://jabber.org/protocol/disco#items";

    public record Item(Jid jid, String node, String name) {
    }

    public DiscoItems {
        items = List.copyOf(items);
    }

    public static DiscoItems fromXml(XmlElement query) {
        List<Item> items = new ArrayList<>();
        for (XmlElement e : query.children("item", NAMESPACE)) {
            Jid.tryParse(e.attributeOrNull("jid"))
                    .ifPresent(j -> items.add(new Item(j, e.attributeOrNull("node"), e.attributeOrNull("name"))));
        }
        return new DiscoItems(query.attributeOrNull("node"), items);
    }
}
