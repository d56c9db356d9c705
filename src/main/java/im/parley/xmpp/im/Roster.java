package im.parley.xmpp.im;

import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The {@code <query xmlns='jabber:iq:roster'/>} payload: items and the XEP-0237 version.
 *
 * @param version the roster version (ver attribute), or null when the server does not version
 */
public record Roster(String version, List<RosterItem> items) {
    private static final Logger LOG = Logger.getLogger(Roster.class.getName());

    public Roster {
        items = List.copyOf(items);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("query", RosterItem.NAMESPACE).attribute("ver", version);
        items.forEach(i -> b.child(i.toXml()));
        return b.build();
    }

    /**
     * Reads a roster query. An item that cannot be read (a bad JID from a server that stored it
     * long ago) is skipped and logged: one bad contact must not cost the user the whole roster.
     */
    public static Roster fromXml(XmlElement query) throws RosterFormatException {
        if (!query.is("query", RosterItem.NAMESPACE)) {
            throw new RosterFormatException("not a roster query: <" + query.name() + " xmlns='" + query.namespace() + "'>");
        }
        List<RosterItem> items = new ArrayList<>();
        for (XmlElement e : query.children("item", RosterItem.NAMESPACE)) {
            try {
                items.add(RosterItem.fromXml(e));
            } catch (RosterFormatException ex) {
                LOG.warning("skipping roster item: " + ex.getMessage());
            }
        }
        return new Roster(query.attributeOrNull("ver"), items);
    }
}
