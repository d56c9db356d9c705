package im.parley.xmpp.ext.disco;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.routing.Registration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks others what they are and offer, and answers the same about ourselves (XEP-0030). What we
 * announce is what runs: a service adds its features while it is installed and takes them away
 * when it closes, and those who hear of changes (caps) recompute and tell our contacts.
 */
public final class ServiceDiscovery {
    private final XmppClient client;
    private final List<DiscoInfo.Identity> identities;
    private final List<String> baseFeatures;
    /** Features added at run time, counted: two services may announce the same feature. */
    private final Map<String, Integer> added = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile DiscoInfo own;
    /** Nodes that stand for our whole info, such as the caps node#ver (XEP-0115 §6.2). */
    private final Set<String> ownNodes = ConcurrentHashMap.newKeySet();

    public ServiceDiscovery(XmppClient client, List<DiscoInfo.Identity> identities, List<String> features) {
        this.client = client;
        this.identities = List.copyOf(identities);
        this.baseFeatures = List.copyOf(features);
        this.own = new DiscoInfo(null, identities, features, List.of());
        client.addIqHandler(new IqHandlerKey("query", DiscoInfo.NAMESPACE, Iq.Type.GET), this::answerInfo);
        client.addIqHandler(new IqHandlerKey("query", DiscoItems.NAMESPACE, Iq.Type.GET),
                request -> request.result(XmlElement.empty("query", DiscoItems.NAMESPACE)));
    }

    /** What we announce now. */
    public DiscoInfo ownInfo() {
        return own;
    }

    /**
     * Announces {@code features} until the returned handle is closed. Listeners hear of the
     * change only when the set of features really changed.
     */
    public Registration announce(List<String> features) {
        boolean changed = false;
        synchronized (added) {
            for (String f : features) {
                changed |= added.merge(f, 1, Integer::sum) == 1 && !baseFeatures.contains(f);
            }
            own = snapshot();
        }
        if (changed) {
            changeListeners.forEach(Runnable::run);
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                withdraw(features);
            }
        };
    }

    /** Asks for PEP notifications of {@code node} (XEP-0163 §4: the {@code +notify} feature). */
    public Registration notifyInterest(String node) {
        return announce(List.of(node + "+notify"));
    }

    private void withdraw(List<String> features) {
        boolean changed = false;
        synchronized (added) {
            for (String f : features) {
                Integer left = added.computeIfPresent(f, (k, n) -> n == 1 ? null : n - 1);
                changed |= left == null && !baseFeatures.contains(f);
            }
            own = snapshot();
        }
        if (changed) {
            changeListeners.forEach(Runnable::run);
        }
    }

    private DiscoInfo snapshot() {
        Set<String> features = new LinkedHashSet<>(baseFeatures);
        features.addAll(added.keySet());
        return new DiscoInfo(null, identities, List.copyOf(features), List.of());
    }

    /** Runs {@code listener} after every change of the features we announce. */
    public Registration addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Answers disco#info on {@code node} with our own info, echoing the node (XEP-0115 §6.2). */
    public void answerNodeAsOwn(String node) {
        ownNodes.add(node);
    }

    /** Stops answering on {@code node}, e.g. a caps node#ver that no longer describes us. */
    public void forgetOwnNode(String node) {
        ownNodes.remove(node);
    }

    private Iq answerInfo(Iq request) throws IqErrorException {
        String node = request.query().orElseThrow().attributeOrNull("node");
        DiscoInfo now = own;
        if (node == null) {
            return request.result(now.toXml());
        }
        if (!ownNodes.contains(node)) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND));
        }
        return request.result(new DiscoInfo(node, now.identities(), now.features(), now.extensions()).toXml());
    }

    public CompletableFuture<DiscoInfo> info(Jid target) {
        return client.query(Iq.get(target, XmlElement.empty("query", DiscoInfo.NAMESPACE)))
                .thenApply(r -> DiscoInfo.fromXml(r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE))));
    }

    /** disco#info of one node of {@code target}, e.g. a caps node#ver. */
    public CompletableFuture<DiscoInfo> info(Jid target, String node) {
        XmlElement query = XmlElement.builder("query", DiscoInfo.NAMESPACE).attribute("node", node).build();
        return client.query(Iq.get(target, query))
                .thenApply(r -> DiscoInfo.fromXml(r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE))));
    }

    public CompletableFuture<DiscoItems> items(Jid target) {
        return client.query(Iq.get(target, XmlElement.empty("query", DiscoItems.NAMESPACE)))
                .thenApply(r -> DiscoItems.fromXml(r.query().orElse(XmlElement.empty("query", DiscoItems.NAMESPACE))));
    }
}
