package im.parley.xmpp.ext.offline;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The XEP-0013 codec. Every request goes to our own account (no 'to'). The client must use
 * these before sending its initial presence: after it, the server floods everything (§2.1).
 */
public final class OfflineMessages {
    public static final String NAMESPACE = "http://jabber.org/protocol/offline";
    public static final String FEATURE = NAMESPACE;
    private static final DataFormCodec FORMS = new DataFormCodec();

    private OfflineMessages() {
    }

    /** §2.2: disco#info on the offline node; the answer carries the count. */
    public static Iq countRequest() {
        return Iq.get(null, XmlElement.builder("query", DiscoInfo.NAMESPACE).attribute("node", NAMESPACE).build());
    }

    /** The number_of_messages field of the §2.2 answer; empty when the server gave none. */
    public static OptionalInt count(DiscoInfo info) {
        for (XmlElement x : info.extensions()) {
            Optional<String> value = FORMS.decode(x).valueIfAny()
                    .flatMap(form -> form.field("number_of_messages")).flatMap(FormField::value);
            if (value.isPresent()) {
                try {
                    return OptionalInt.of(Integer.parseInt(value.get().trim()));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }

    /** §2.3: disco#items on the offline node lists the headers. */
    public static Iq headersRequest() {
        return Iq.get(null, XmlElement.builder("query", DiscoItems.NAMESPACE).attribute("node", NAMESPACE).build());
    }

    /** The headers of a §2.3 answer, in the server's order. Items without a node are useless and skipped. */
    public static List<OfflineHeader> headers(DiscoItems items) {
        List<OfflineHeader> out = new ArrayList<>();
        for (DiscoItems.Item i : items.items()) {
            if (i.node() != null) {
                out.add(new OfflineHeader(i.node(), i.name() == null ? null : Jid.tryParse(i.name()).orElse(null)));
            }
        }
        return out;
    }

    /** §2.4: the chosen messages are sent to us, each marked with its node, then the IQ result. */
    public static Iq viewRequest(List<String> nodes) {
        return Iq.get(null, items("view", nodes));
    }

    /** §2.5: deletes the chosen messages. */
    public static Iq removeRequest(List<String> nodes) {
        return Iq.set(null, items("remove", nodes));
    }

    /**
     * §2.6: every message is sent, but kept on the server until purged. {@link OfflineManager#fetchAll}
     * views every node instead, since ejabberd 23.01 sends nothing for this before presence.
     */
    public static Iq fetchRequest() {
        return Iq.get(null, XmlElement.builder("offline", NAMESPACE).child(XmlElement.empty("fetch", NAMESPACE)).build());
    }

    /** §2.7: deletes every stored message. */
    public static Iq purgeRequest() {
        return Iq.set(null, XmlElement.builder("offline", NAMESPACE).child(XmlElement.empty("purge", NAMESPACE)).build());
    }

    /** The node of a message the server delivered from offline storage, to remove it after. */
    public static Optional<String> node(Message m) {
        return m.payload("offline", NAMESPACE).flatMap(o -> o.child("item", NAMESPACE))
                .map(i -> i.attributeOrNull("node"));
    }

    private static XmlElement items(String action, List<String> nodes) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("name at least one message; purge or fetch are for all of them");
        }
        XmlElement.Builder b = XmlElement.builder("offline", NAMESPACE);
        nodes.forEach(n -> b.child(XmlElement.builder("item", NAMESPACE).attribute("action", action)
                .attribute("node", n).build()));
        return b.build();
    }
}
