package im.parley.xmpp.ext.privatedata;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Private XML Storage (XEP-0049): any element kept on the server for the account alone, found
 * again by its qualified name. Requests carry no 'to', so they go to the account itself as §2.3
 * requires. Nothing is cached.
 */
public final class PrivateStorage {
    public static final String NAMESPACE = "jabber:iq:private";

    private final XmppClient client;

    public PrivateStorage(XmppClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The element stored under {@code name}, or empty when nothing is: servers answer that with the
     * empty element that was asked for. A result holding something else fails the future with
     * {@link PayloadFormatException}; a refusal with the server's stanza error.
     */
    public CompletableFuture<Optional<XmlElement>> get(QName name) {
        XmlElement query = query(XmlElement.empty(name.name(), name.namespace()));
        return client.query(Iq.get(null, query)).thenApply(r -> {
            try {
                return stored(r.query().orElse(null), name);
            } catch (PayloadFormatException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Stores {@code element}, replacing what was stored under its qualified name. */
    public CompletableFuture<Void> set(XmlElement element) {
        checkNamespace(element);
        return client.query(Iq.set(null, query(element))).thenApply(r -> null);
    }

    /** The {@code <query xmlns='jabber:iq:private'>} around one element. */
    public static XmlElement query(XmlElement element) {
        checkNamespace(element);
        return XmlElement.builder("query", NAMESPACE).child(element).build();
    }

    /** What a result query holds under {@code name}; an element without children means nothing is stored. */
    static Optional<XmlElement> stored(XmlElement query, QName name) throws PayloadFormatException {
        if (query == null || !query.is("query", NAMESPACE)) {
            throw new PayloadFormatException("the private storage result holds no <query xmlns='" + NAMESPACE + "'/>");
        }
        List<XmlElement> found = query.children(name.name(), name.namespace());
        if (found.isEmpty()) {
            throw new PayloadFormatException("the private storage result does not hold " + name);
        }
        XmlElement e = found.get(0);
        return e.children().isEmpty() && e.attributes().isEmpty() ? Optional.empty() : Optional.of(e);
    }

    /** §2.3: a stored fragment's root must be qualified by a namespace of its own. */
    private static void checkNamespace(XmlElement element) {
        if (element.namespace().isEmpty() || element.namespace().equals(NAMESPACE)) {
            throw new IllegalArgumentException("private storage needs an element in a namespace of its own, not <"
                    + element.name() + " xmlns='" + element.namespace() + "'>");
        }
    }
}
