package im.parley.xmpp.ext.pep;

import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a contact (or the user, from another device) published to or retracted from one PEP node.
 *
 * @param from the publisher's bare JID: a PEP service is its owner's account
 */
public record PepEvent(Jid from, String node, List<Item> items, List<String> retracted) {
    public PepEvent {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(node, "node");
        items = List.copyOf(items);
        retracted = List.copyOf(retracted);
    }

    /** The payload of the newest item, the one that counts for a personal event. */
    public Optional<im.parley.xmpp.xml.XmlElement> latestPayload() {
        return items.stream().map(Item::payload).filter(Objects::nonNull).findFirst();
    }
}
