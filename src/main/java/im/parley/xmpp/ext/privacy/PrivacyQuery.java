package im.parley.xmpp.ext.privacy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <query xmlns='jabber:iq:privacy'/>}: the active and default choices and the lists
 * (§2.3-§2.6). A null choice is absent; a choice with a null name is a decline ({@code <active/>}).
 */
public record PrivacyQuery(Choice active, Choice defaultList, List<PrivacyList> lists) {

    /** An {@code <active/>} or {@code <default/>} element; {@code name} null declines any list. */
    public record Choice(String name) {
        public static Choice decline() {
            return new Choice(null);
        }
    }

    public PrivacyQuery {
        lists = List.copyOf(lists);
    }

    public static PrivacyQuery ofLists(List<PrivacyList> lists) {
        return new PrivacyQuery(null, null, lists);
    }

    public List<String> names() {
        return lists.stream().map(PrivacyList::name).toList();
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("query", PrivacyList.NAMESPACE);
        if (active != null) {
            b.child(XmlElement.builder("active", PrivacyList.NAMESPACE).attribute("name", active.name()).build());
        }
        if (defaultList != null) {
            b.child(XmlElement.builder("default", PrivacyList.NAMESPACE).attribute("name", defaultList.name()).build());
        }
        lists.forEach(l -> b.child(l.toXml()));
        return b.build();
    }

    public static PrivacyQuery fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("query", PrivacyList.NAMESPACE)) {
            throw new PayloadFormatException("not a privacy query: " + e.name());
        }
        List<PrivacyList> lists = new ArrayList<>();
        for (XmlElement l : e.children("list", PrivacyList.NAMESPACE)) {
            lists.add(PrivacyList.fromXml(l));
        }
        Choice active = e.child("active", PrivacyList.NAMESPACE).map(a -> new Choice(a.attributeOrNull("name"))).orElse(null);
        Choice def = e.child("default", PrivacyList.NAMESPACE).map(d -> new Choice(d.attributeOrNull("name"))).orElse(null);
        return new PrivacyQuery(active, def, lists);
    }
}
