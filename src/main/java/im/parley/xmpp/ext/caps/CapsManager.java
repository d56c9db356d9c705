package im.parley.xmpp.ext.caps;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.routing.Registration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Our side of XEP-0115: advertises our caps in available presence, answers disco#info on our
 * node#ver, and learns the capabilities of others, trusting only answers whose hash checks out.
 */
public final class CapsManager {
    private static final Logger LOG = Logger.getLogger(CapsManager.class.getName());
    public static final String NODE = "https://parley.im";

    private final ServiceDiscovery disco;
    private final CapsCache cache;
    private final List<Runnable> ownChangeListeners = new CopyOnWriteArrayList<>();
    private volatile Caps own;
    /** The latest caps each full JID advertised; forgotten when it goes unavailable. */
    private final Map<Jid, Caps> byJid = new ConcurrentHashMap<>();
    /** One disco#info query per (hash, ver) at a time, however many contacts share it. */
    private final Map<CapsCache.Key, CompletableFuture<Optional<DiscoInfo>>> inFlight = new ConcurrentHashMap<>();

    public CapsManager(XmppClient client, ServiceDiscovery disco, CapsCache cache) {
        this.disco = disco;
        this.cache = cache;
        this.own = hashOwn();
        disco.answerNodeAsOwn(own.discoNode());
        disco.addChangeListener(this::ownInfoChanged);
        client.addPresenceListener(this::onPresence);
    }

    private Caps hashOwn() {
        try {
            return new Caps(CapsHash.SHA_1, NODE, CapsHash.ver(disco.ownInfo(), CapsHash.SHA_1));
        } catch (PayloadFormatException e) {
            throw new IllegalStateException("our own disco#info cannot be hashed: " + e.getMessage(), e);
        }
    }

    /**
     * Our features changed: a new ver, and the old node no longer answered (its info would not
     * match its hash). Listeners then send presence again so contacts learn the new caps.
     */
    private void ownInfoChanged() {
        Caps next;
        synchronized (this) {
            Caps previous = own;
            next = hashOwn();
            if (next.equals(previous)) {
                return;
            }
            own = next;
            disco.answerNodeAsOwn(next.discoNode());
            disco.forgetOwnNode(previous.discoNode());
        }
        ownChangeListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} whenever our own caps change. */
    public Registration addOwnChangeListener(Runnable listener) {
        ownChangeListeners.add(listener);
        return () -> ownChangeListeners.remove(listener);
    }

    public Caps ownCaps() {
        return own;
    }

    /** The {@code <c/>} to add to our outgoing available presence. */
    public XmlElement capsElement() {
        return own.toXml();
    }

    /** {@code p} with our caps if it is available presence (§4: caps go with presence that can be probed). */
    public Presence decorate(Presence p) {
        if (p.type() != Presence.Type.AVAILABLE) {
            return p;
        }
        return p.toBuilder().replacePayload(capsElement()).build();
    }

    public UnaryOperator<Presence> decorator() {
        return this::decorate;
    }

    public Optional<Caps> capsOf(Jid fullJid) {
        return Optional.ofNullable(byJid.get(fullJid));
    }

    /** The verified capabilities of {@code fullJid}, if its caps are known and checked. */
    public Optional<DiscoInfo> infoOf(Jid fullJid) {
        return capsOf(fullJid).flatMap(cache::get);
    }

    private void onPresence(Presence p) {
        Jid from = p.from();
        if (from == null) {
            return;
        }
        if (p.type() == Presence.Type.UNAVAILABLE) {
            byJid.remove(from);
            return;
        }
        if (p.type() != Presence.Type.AVAILABLE) {
            return;
        }
        Caps.of(p).ifPresent(caps -> {
            byJid.put(from, caps);
            if (CapsHash.isSupported(caps.hash()) && !cache.contains(caps)) {
                resolve(from, caps);
            }
        });
    }

    /**
     * Asks {@code from} for the info behind {@code caps} and caches it if the hash matches. The
     * future holds the info, or empty when the answer failed or did not match (never trusted).
     */
    public CompletableFuture<Optional<DiscoInfo>> resolve(Jid from, Caps caps) {
        Optional<DiscoInfo> known = cache.get(caps);
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(known);
        }
        CapsCache.Key key = CapsCache.Key.of(caps);
        CompletableFuture<Optional<DiscoInfo>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<DiscoInfo>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        disco.info(from, caps.discoNode()).handle((info, error) -> {
            Optional<DiscoInfo> result = Optional.empty();
            if (error != null) {
                LOG.fine(() -> "caps query to " + from + " failed: " + error);
            } else if (cache.offer(caps, info)) {
                result = Optional.of(info);
            } else {
                LOG.warning(() -> from + " advertised caps " + caps.ver() + " that its disco#info does not match");
            }
            // Removed before completing, so a later presence with the same ver can try again.
            inFlight.remove(key, mine);
            mine.complete(result);
            return null;
        });
        return mine;
    }
}
