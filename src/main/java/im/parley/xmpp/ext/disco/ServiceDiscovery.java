package im.parley.xmpp.ext.disco;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Asks others what they are and offer, and answers the same about ourselves (XEP-0030). */
public final class ServiceDiscovery {
    private final XmppClient client;
    private final DiscoInfo own;
    /** Nodes that stand for our whole info, such as the caps node#ver (XEP-0115 §6.2). */
    private final Set<String> ownNodes = ConcurrentHashMap.newKeySet();

    public ServiceDiscovery(XmppClient client, List<DiscoInfo.Identity> identities, List<String> features) {
        this.client = client;
        this.own = new DiscoInfo(null, identities, features, List.of());
        client.addIqHandler(new IqHandlerKey("query", DiscoInfo.NAMESPACE, Iq.Type.GET), this::answerInfo);
        client.addIqHandler(new IqHandlerKey("query", DiscoItems.NAMESPACE, Iq.Type.GET),
                request -> request.result(XmlElement.empty("query", DiscoItems.NAMESPACE)));
    }

    public DiscoInfo ownInfo() {
        return own;
    }

    /** Answers disco#info on {@code node} with our own info, echoing the node (XEP-0115 §6.2). */
    public void answerNodeAsOwn(String node) {
        ownNodes.add(node);
    }

    private Iq answerInfo(Iq request) throws IqErrorException {
        String node = request.query().orElseThrow().attributeOrNull("node");
        if (node == null) {
            return request.result(own.toXml());
        }
        if (!ownNodes.contains(node)) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND));
        }
        return request.result(new DiscoInfo(node, own.identities(), own.features(), own.extensions()).toXml());
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
