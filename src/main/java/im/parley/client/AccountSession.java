package im.parley.client;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.CoreResponders;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.caps.CapsManager;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.PresenceTable;
import im.parley.xmpp.ext.receipts.ReceiptManager;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import java.time.Duration;
import java.time.Instant;

/**
 * One logged-in account as the application sees it: the engine's client with the responders
 * every Parley session carries, and the user's idle time for Last Activity.
 */
public final class AccountSession implements AutoCloseable {
    private final XmppClient client;
    private final ServiceDiscovery discovery;
    private final ReceiptManager receipts;
    private final CapsManager caps;
    private final PresenceManager presence;
    private volatile Instant lastUserActivity = Instant.now();

    public AccountSession(ClientConfig config) {
        this.client = new XmppClient(config);
        this.discovery = CoreResponders.install(client, ParleyInfo.softwareVersion(),
                () -> Duration.between(lastUserActivity, Instant.now()));
        // We announce urn:xmpp:receipts in disco, so we owe the receipts it promises.
        this.receipts = new ReceiptManager(client, true);
        this.caps = new CapsManager(client, discovery, new CapsCache());
        this.presence = new PresenceManager(client, new PresenceTable(), caps.decorator());
    }

    public void connect() throws XmppException {
        client.connect();
    }

    public XmppClient client() {
        return client;
    }

    public ServiceDiscovery discovery() {
        return discovery;
    }

    public ReceiptManager receipts() {
        return receipts;
    }

    public CapsManager caps() {
        return caps;
    }

    /** Presence and subscriptions; the available presence it sends carries our capabilities. */
    public PresenceManager presence() {
        return presence;
    }

    /** Called when the user types, clicks or sends: resets the idle time others see. */
    public void userActive() {
        lastUserActivity = Instant.now();
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
