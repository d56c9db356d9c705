package im.parley.xmpp.ext.rosterx;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code <x xmlns='http://jabber.org/protocol/rosterx'/>} payload of a message or IQ set. */
public record RosterExchange(List<RosterSuggestion> items) {
    public static final String NAMESPACE = "http://jabber.org/protocol/rosterx";
    public static final String FEATURE = NAMESPACE;

    public RosterExchange {
        items = List.copyOf(items);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("x", NAMESPACE);
        items.forEach(i -> b.child(i.toXml()));
        return b.build();
    }

    public static RosterExchange fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("x", NAMESPACE)) {
            throw new PayloadFormatException("not a roster exchange: <" + e.name() + "/>");
        }
        List<RosterSuggestion> out = new ArrayList<>();
        for (XmlElement i : e.children("item", NAMESPACE)) {
            out.add(RosterSuggestion.fromXml(i));
        }
        if (out.isEmpty()) {
            throw new PayloadFormatException("§3: a roster exchange carries at least one item");
        }
        return new RosterExchange(out);
    }

    public static Optional<RosterExchange> from(Stanza s) throws PayloadFormatException {
        Optional<XmlElement> x = s.payload("x", NAMESPACE);
        return x.isEmpty() ? Optional.empty() : Optional.of(fromXml(x.get()));
    }

    /**
     * The suggestions worth asking the user about, given the current roster: those that would
     * change it ({@link RosterSuggestion#change}). The roster is only read; accepting a
     * suggestion is the caller's roster set, after the user agreed.
     */
    public List<RosterSuggestion> pending(Map<Jid, RosterItem> roster) {
        return items.stream().filter(s -> s.change(roster.get(s.jid())).isPresent()).toList();
    }
}
