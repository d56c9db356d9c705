package im.parley.xmpp.ext.privacy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A named privacy list (XEP-0016 §2.2); without items it names a list, as in requests and pushes. */
public record PrivacyList(String name, List<PrivacyItem> items) {
    public static final String NAMESPACE = "jabber:iq:privacy";

    public PrivacyList {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        Set<Long> orders = new HashSet<>();
        for (PrivacyItem i : items) {
            // §2.2: order values MUST be unique within a list; the server would refuse the list.
            if (!orders.add(i.order())) {
                throw new IllegalArgumentException("two items with order " + i.order() + " in list " + name);
            }
        }
    }

    public static PrivacyList named(String name) {
        return new PrivacyList(name, List.of());
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("list", NAMESPACE).attribute("name", name);
        items.forEach(i -> b.child(i.toXml()));
        return b.build();
    }

    public static PrivacyList fromXml(XmlElement e) throws PayloadFormatException {
        String name = e.attributeOrNull("name");
        if (!e.is("list", NAMESPACE) || name == null) {
            throw new PayloadFormatException("not a named privacy list: " + e.name());
        }
        List<PrivacyItem> items = new ArrayList<>();
        for (XmlElement item : e.children("item", NAMESPACE)) {
            items.add(PrivacyItem.fromXml(item));
        }
        try {
            return new PrivacyList(name, items);
        } catch (IllegalArgumentException ex) {
            throw new PayloadFormatException(ex.getMessage());
        }
    }
}
