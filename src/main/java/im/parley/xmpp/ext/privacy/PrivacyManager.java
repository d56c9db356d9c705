package im.parley.xmpp.ext.privacy;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;

/** Manages the account's privacy lists on the server (XEP-0016 §2). Nothing is cached: the server decides. */
public final class PrivacyManager {
    private static final Logger LOG = Logger.getLogger(PrivacyManager.class.getName());

    private final XmppClient client;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public PrivacyManager(XmppClient client) {
        this.client = client;
        client.addIqHandler(new IqHandlerKey("query", PrivacyList.NAMESPACE, Iq.Type.SET), this::onPush);
    }

    /** Called with the name of a list that changed (a privacy list push, §2.6). */
    public Registration addListChangedListener(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The list names with the active and default choices, without items (§2.3). */
    public CompletableFuture<PrivacyQuery> names() {
        return get(new PrivacyQuery(null, null, List.of()));
    }

    /** One list with its items. */
    public CompletableFuture<PrivacyList> list(String name) {
        return get(PrivacyQuery.ofLists(List.of(PrivacyList.named(name)))).thenApply(q -> {
            if (q.lists().size() != 1) {
                throw new CompletionException(new PayloadFormatException("expected one list, got " + q.names()));
            }
            return q.lists().get(0);
        });
    }

    /** Creates or replaces a list (§2.5); it needs items, as an empty list means removal. */
    public CompletableFuture<Void> setList(PrivacyList list) {
        if (list.items().isEmpty()) {
            throw new IllegalArgumentException("a list without items would be removed; use removeList");
        }
        return set(PrivacyQuery.ofLists(List.of(list)));
    }

    public CompletableFuture<Void> removeList(String name) {
        return set(PrivacyQuery.ofLists(List.of(PrivacyList.named(name))));
    }

    /** Makes {@code name} the session's active list; null declines any active list (§2.4). */
    public CompletableFuture<Void> setActive(String name) {
        return set(new PrivacyQuery(new PrivacyQuery.Choice(name), null, List.of()));
    }

    /** Makes {@code name} the account's default list; null declines any default list (§2.5). */
    public CompletableFuture<Void> setDefault(String name) {
        return set(new PrivacyQuery(null, new PrivacyQuery.Choice(name), List.of()));
    }

    private CompletableFuture<PrivacyQuery> get(PrivacyQuery request) {
        return client.query(Iq.get(null, request.toXml())).thenApply(r -> {
            try {
                return PrivacyQuery.fromXml(r.query().orElseThrow());
            } catch (PayloadFormatException e) {
                throw new CompletionException(e);
            }
        });
    }

    private CompletableFuture<Void> set(PrivacyQuery request) {
        return client.query(Iq.set(null, request.toXml())).thenApply(r -> null);
    }

    /** A push from anyone but our own server is refused, as RFC 6121 §2.1.6 does for rosters. */
    static boolean isFromAccount(Jid from, Jid account) {
        return from == null || (account != null && from.equals(account.bare()));
    }

    private Iq onPush(Iq push) throws IqErrorException {
        if (!isFromAccount(push.from(), client.jid())) {
            LOG.warning("ignoring a privacy list push from " + push.from());
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
        }
        PrivacyQuery query;
        try {
            query = PrivacyQuery.fromXml(push.query().orElseThrow());
        } catch (PayloadFormatException e) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, e.getMessage()));
        }
        for (String name : query.names()) {
            listeners.forEach(l -> l.accept(name));
        }
        // §2.6: every connected resource acknowledges the push.
        return push.result();
    }
}
