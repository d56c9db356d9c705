package im.parley.xmpp.ext.offline;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * The XEP-0013 calls for one session. Messages asked for with {@link #view} or {@link #fetchAll}
 * arrive through the ordinary message listeners. The server sends them before its result
 * (§2.4), but listeners are told on their own, so they may hear of them after the returned
 * future completes.
 */
public final class OfflineManager {
    private final XmppClient client;

    public OfflineManager(XmppClient client) {
        this.client = client;
    }

    public CompletableFuture<OptionalInt> count() {
        return client.query(OfflineMessages.countRequest()).thenApply(r -> OfflineMessages.count(
                DiscoInfo.fromXml(r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE)))));
    }

    public CompletableFuture<List<OfflineHeader>> headers() {
        return client.query(OfflineMessages.headersRequest()).thenApply(r -> OfflineMessages.headers(
                DiscoItems.fromXml(r.query().orElse(XmlElement.empty("query", DiscoItems.NAMESPACE)))));
    }

    public CompletableFuture<Void> view(List<String> nodes) {
        return client.query(OfflineMessages.viewRequest(nodes)).thenApply(r -> null);
    }

    public CompletableFuture<Void> remove(List<String> nodes) {
        return client.query(OfflineMessages.removeRequest(nodes)).thenApply(r -> null);
    }

    /**
     * Has every stored message sent to us, keeping it stored until removed or purged, and returns
     * the headers of what was asked for. Not §2.6's {@code <fetch/>}: ejabberd 23.01 accepts it
     * but sends nothing to a session that has not sent presence, which is the only kind of
     * session this XEP is for. So the headers are listed and every node viewed (§2.3, §2.4).
     */
    public CompletableFuture<List<OfflineHeader>> fetchAll() {
        return headers().thenCompose(headers -> headers.isEmpty()
                ? CompletableFuture.completedFuture(headers)
                : view(headers.stream().map(OfflineHeader::node).toList()).thenApply(v -> headers));
    }

    public CompletableFuture<Void> purge() {
        return client.query(OfflineMessages.purgeRequest()).thenApply(r -> null);
    }
}
