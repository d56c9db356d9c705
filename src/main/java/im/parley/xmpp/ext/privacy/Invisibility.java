package im.parley.xmpp.ext.privacy;

import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Being online without contacts seeing it (XEP-0126, global invisibility): an active privacy
 * list that denies every outgoing presence. The server keeps treating the session as available,
 * so messages still arrive, while no presence leaves it. An active list lasts for its session
 * only (XEP-0016 §2.4): every fresh session must hide again before it sends presence.
 */
public final class Invisibility {
    /** The name of the list; other clients of the account may show it. */
    public static final String LIST_NAME = "invisible";
    static final PrivacyList LIST = new PrivacyList(LIST_NAME, List.of(
            new PrivacyItem(null, null, PrivacyItem.Action.DENY, 1, Set.of(PrivacyItem.StanzaKind.PRESENCE_OUT))));

    private final ServiceDiscovery discovery;
    private final PrivacyManager privacy;
    private final PresenceManager presence;

    public Invisibility(ServiceDiscovery discovery, PrivacyManager privacy, PresenceManager presence) {
        this.discovery = discovery;
        this.privacy = privacy;
        this.presence = presence;
    }

    /** Whether the server of {@code account} offers privacy lists, which invisibility needs. */
    public CompletableFuture<Boolean> offeredBy(Jid account) {
        return discovery.info(Jid.of(account.domain())).thenApply(info -> info.hasFeature(PrivacyList.NAMESPACE));
    }

    /**
     * Hides: when contacts could see the user, they first see them go offline (XEP-0126 §3.1);
     * then the list is stored and made active, and the available presence that follows reaches
     * only the server.
     *
     * @param wasVisible whether an available presence went out on this session before
     */
    public CompletableFuture<Void> hide(boolean wasVisible, Presence.Show show, String status, int priority) {
        CompletableFuture<Void> offline = wasVisible ? presence.sendUnavailable(null)
                : CompletableFuture.completedFuture(null);
        return offline.thenCompose(v -> privacy.setList(LIST))
                .thenCompose(v -> privacy.setActive(LIST_NAME))
                .thenCompose(v -> presence.sendAvailable(show, status, priority));
    }

    /** Shows again: no active list, then the presence goes out to every contact (XEP-0126 §3.2). */
    public CompletableFuture<Void> reveal(Presence.Show show, String status, int priority) {
        return privacy.setActive(null).thenCompose(v -> presence.sendAvailable(show, status, priority));
    }
}
