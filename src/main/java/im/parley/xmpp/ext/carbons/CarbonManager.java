package im.parley.xmpp.ext.carbons;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.XmppClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Turns carbons on and off for this session and hands genuine copies to listeners. */
public final class CarbonManager {
    private final XmppClient client;
    private final List<Consumer<CarbonCopy>> listeners = new CopyOnWriteArrayList<>();

    public CarbonManager(XmppClient client) {
        this.client = client;
        client.addMessageListener(m -> {
            // The account is read per message: the bound JID only exists once connected.
            if (client.jid() != null) {
                Carbons.unwrap(m, client.jid()).ifPresent(c -> listeners.forEach(l -> l.accept(c)));
            }
        });
    }

    /** Completes once the server has turned carbons on; fails with its stanza error otherwise. */
    public CompletableFuture<Void> enable() {
        return client.query(Carbons.enableRequest()).thenApply(r -> null);
    }

    public CompletableFuture<Void> disable() {
        return client.query(Carbons.disableRequest()).thenApply(r -> null);
    }

    /** Called on the dispatcher, in order, for each genuine carbon copy. */
    public Registration addListener(Consumer<CarbonCopy> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
