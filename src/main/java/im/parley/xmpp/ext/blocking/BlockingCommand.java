package im.parley.xmpp.ext.blocking;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of {@code <blocklist/>}, {@code <block/>} or {@code <unblock/>} with its items (XEP-0191 §3).
 * An unblock without items means "unblock everyone" (§3.4).
 */
public record BlockingCommand(Kind kind, List<Jid> jids) {
    public static final String NAMESPACE = "urn:xmpp:blocking";

    public enum Kind {
        BLOCKLIST, BLOCK, UNBLOCK;

        public String element() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BlockingCommand {
        Objects.requireNonNull(kind, "kind");
        jids = List.copyOf(jids);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(kind.element(), NAMESPACE);
        jids.forEach(j -> b.child(XmlElement.builder("item", NAMESPACE).attribute("jid", j.toString()).build()));
        return b.build();
    }

    /**
     * Reads one of the three elements. An item with a bad JID makes the whole command malformed:
     * dropping it would block or unblock less than the sender meant.
     */
    public static BlockingCommand fromXml(XmlElement e) throws PayloadFormatException {
        if (!NAMESPACE.equals(e.namespace())) {
            throw new PayloadFormatException("not a blocking command: " + e.name());
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.element().equals(e.name())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new PayloadFormatException("unknown blocking element: " + e.name());
        }
        List<Jid> jids = new ArrayList<>();
        for (XmlElement item : e.children("item", NAMESPACE)) {
            String jid = item.attributeOrNull("jid");
            jids.add(Jid.tryParse(jid).orElseThrow(() -> new PayloadFormatException("bad item jid: " + jid)));
        }
        if (kind == Kind.BLOCK && jids.isEmpty()) {
            throw new PayloadFormatException("a block names at least one JID (XEP-0191 §3.3)");
        }
        return new BlockingCommand(kind, jids);
    }
}
