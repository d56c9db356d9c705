package im.parley.client;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.CoreResponders;
import im.parley.xmpp.ext.blocking.BlockingManager;
import im.parley.xmpp.ext.bob.BobCache;
import im.parley.xmpp.ext.bookmarks.BookmarkManager;
import im.parley.xmpp.ext.bob.BobManager;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.archiving.ArchivingManager;
import im.parley.xmpp.ext.mam.MamManager;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.ext.caps.CapsManager;
import im.parley.xmpp.ext.carbons.CarbonManager;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.ext.privacy.Invisibility;
import im.parley.xmpp.ext.privacy.PrivacyManager;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.ext.avatar.AvatarManager;
import im.parley.xmpp.ext.pep.PepManager;
import im.parley.xmpp.ext.pubsub.PubSubManager;
import im.parley.xmpp.ext.vcard.VCardManager;
import im.parley.xmpp.ext.vcardavatar.VCardAvatarManager;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.im.InMemoryRosterStore;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.PresenceTable;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.ext.receipts.ReceiptManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.client.call.CallCapabilities;
import im.parley.client.call.CallListener;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.client.profile.KeptProfiles;
import im.parley.client.profile.ProfileService;
import im.parley.xmpp.Specifications;
import im.parley.xmpp.ext.csi.ClientState;
import im.parley.xmpp.ext.csi.CsiManager;
import im.parley.xmpp.ext.last.LastActivity;
import im.parley.xmpp.ext.time.EntityTime;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One logged-in account as the application sees it: the engine's client with the responders
 * every Parley session carries, the user's idle time for Last Activity, the user's presence
 * restored on a session that replaced a lost one, the roster with the changes contacts suggest,
 * and unread counts kept in step with the account's other devices.
 */
public final class AccountSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AccountSession.class.getName());
    /** Unread state is kept for this many recently active conversations. */
    private static final int READ_STATE_CONVERSATIONS = 1000;
    /** Per conversation, a marker from another device can name any of this many unread messages. */
    private static final int READ_STATE_TRACKED_IDS = 500;
    /** How long a burst of feature changes may last before our presence carries the new caps. */
    private static final long CAPS_SETTLE_MILLIS = 100;
    private final XmppClient client;
    /** Set while a presence for new caps waits for its burst to settle. */
    private final AtomicBoolean capsRefreshPending = new AtomicBoolean();
    private final ServiceDiscovery discovery;
    private final ReceiptManager receipts;
    private final CapsManager caps;
    private final PresenceManager presence;
    private final RosterManager roster;
    private final CarbonManager carbons;
    private final ReadSyncService readSync;
    private final RosterOfferService rosterOffers;
    private final Invisibility invisibility;
    private final ChatMessages chat;
    private final CsiManager csi;
    private final BobManager bob;
    private final BlockingManager blocking;
    private final MamManager mam;
    private final ArchivingManager archiving;
    private final VCardManager vCards;
    private final PrivateStorage privateStorage;
    private final RoomManager rooms;
    private final PubSubManager pubsub;
    private final PepManager pep;
    private final BookmarkManager bookmarks;
    private final AvatarManager avatars;
    private final VCardAvatarManager vCardAvatars;
    private final ProfileService profile;
    private volatile Instant lastUserActivity = Instant.now();
    private volatile Privacy privacy = Privacy.SHARE_ALL;

    /** A session whose roster is cached in memory only. */
    public AccountSession(ClientConfig config) {
        this(config, new InMemoryRosterStore());
    }

    /** A session whose roster is cached in {@code rosterStore} between logins (XEP-0237). */
    public AccountSession(ClientConfig config, RosterStore rosterStore) {
        this(config, rosterStore, true);
    }

    /**
     * {@code restorePresence}: send the last presence again on a session that replaced a lost
     * one. An {@link Account} brings its sessions up itself and says false.
     */
    AccountSession(ClientConfig config, RosterStore rosterStore, boolean restorePresence) {
        this(config, rosterStore, restorePresence, new CapsCache(), KeptProfiles.inMemory());
    }

    /**
     * {@code caps}: capability sets already known, shared by an account's sessions and kept by its
     * profile; {@code keptProfiles}: avatars and contacts' profiles the account keeps beyond the session.
     */
    AccountSession(ClientConfig config, RosterStore rosterStore, boolean restorePresence, CapsCache knownCaps,
                   KeptProfiles keptProfiles) {
        this.client = new XmppClient(config);
        // First of the claims: a room's claim (made later) must not take the room archive's results.
        this.mam = new MamManager(client);
        this.archiving = new ArchivingManager(client);
        this.discovery = CoreResponders.install(client, ParleyInfo.softwareVersion(),
                () -> Duration.between(lastUserActivity, Instant.now()), this::mayAskIdleTime);
        // We announce urn:xmpp:receipts in disco, so we owe the receipts it promises, unless the user says no.
        this.receipts = new ReceiptManager(client, true);
        this.caps = new CapsManager(client, discovery, knownCaps);
        this.vCards = new VCardManager(client);
        this.vCardAvatars = new VCardAvatarManager(client, vCards);
        UnaryOperator<Presence> withCaps = caps.decorator();
        this.presence = new PresenceManager(client, new PresenceTable(),
                p -> vCardAvatars.decorate(withCaps.apply(p)));
        this.roster = new RosterManager(client, rosterStore);
        this.carbons = new CarbonManager(client);
        this.readSync = new ReadSyncService(client, carbons,
                new ConversationReadState(READ_STATE_CONVERSATIONS, READ_STATE_TRACKED_IDS));
        this.rosterOffers = new RosterOfferService(client, roster, presence);
        this.chat = new ChatMessages(client);
        this.csi = new CsiManager(client);
        // We announce urn:xmpp:bob, so we answer for the data we hold.
        this.bob = new BobManager(client, new BobCache());
        // One per session: it claims the server's block and unblock pushes, which only one handler may.
        this.blocking = new BlockingManager(client);
        this.privateStorage = new PrivateStorage(client);
        this.invisibility = new Invisibility(discovery, new PrivacyManager(client), presence);
        // After the MAM manager: the room's claim must leave the room archive's results to it.
        this.rooms = new RoomManager(client);
        // Claims every pubsub#event message, so none reaches the chat listeners.
        this.pubsub = new PubSubManager(client);
        this.pep = new PepManager(pubsub, discovery);
        this.avatars = new AvatarManager(pep, pubsub);
        this.bookmarks = new BookmarkManager(client, discovery, pubsub, pep, privateStorage);
        this.profile = new ProfileService(pep, avatars, vCardAvatars, keptProfiles, client::jid);
        if (restorePresence) {
            client.addConnectionListener(new Rebroadcaster());
        }
        caps.addOwnChangeListener(this::capsChanged);
    }

    /**
     * Contacts learn our new caps from a fresh presence (XEP-0115 §4), if we had sent one. The
     * services a session starts change its features in a burst (calls, PEP interests): the
     * presence goes out once the burst has settled, and only if its caps differ from those sent.
     */
    private void capsChanged() {
        if (client.isConnected() && capsRefreshPending.compareAndSet(false, true)) {
            CompletableFuture.delayedExecutor(CAPS_SETTLE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
                capsRefreshPending.set(false);
                presence.refresh().whenComplete((sent, error) -> {
                    if (error != null) {
                        LOG.log(Level.WARNING, "could not send our presence with new caps", error);
                    }
                });
            });
        }
    }

    /** Sends our last available presence again, if there was one; a failure is only logged. */
    private void rebroadcastPresence(String why) {
        presence.rebroadcast().whenComplete((sent, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "could not send our presence again " + why, error);
            }
        });
    }

    /**
     * Starts taking and making calls on this session. Until then, and again once the service is
     * closed, the session announces no Jingle: peers never ring a device that cannot answer.
     */
    public CallService installCalls(CallSettings settings, CallListener listener) {
        CallService calls = new CallService(client, settings, listener, callCapabilities());
        calls.closing(discovery.announce(Specifications.callFeatures()));
        return calls;
    }

    /**
     * After a reconnection that could not resume the old session, the new one starts without
     * presence: contacts would see us offline and stored messages would stay on the server.
     * The first session is skipped, since the user has not chosen a presence for it yet.
     */
    private final class Rebroadcaster implements ConnectionListener {
        private final AtomicBoolean firstSession = new AtomicBoolean(true);

        @Override
        public void connected(Jid boundJid) {
            if (firstSession.getAndSet(false)) {
                return;
            }
            rebroadcastPresence("after reconnecting");
        }
    }

    public void connect() throws XmppException {
        client.connect();
    }

    public XmppClient client() {
        return client;
    }

    /** The full JID the server bound for this session; null before the first connection. */
    public Jid jid() {
        return client.jid();
    }

    /** A fresh stanza id, unique in this session. */
    public String nextId() {
        return client.nextId();
    }

    /** Sends {@code message}; completes once the server has acknowledged it. */
    public CompletableFuture<Void> sendAcknowledged(Message message) {
        return client.sendAcknowledged(message);
    }

    /** Whether this session's stream is up now. */
    public boolean isConnected() {
        return client.isConnected();
    }

    /** Pings {@code target} (XEP-0199); null pings our server. Completes when the answer comes. */
    public CompletableFuture<Void> ping(Jid target) {
        return client.query(Ping.request(target)).thenApply(answer -> null);
    }

    /** Asks {@code target} for its software version (XEP-0092). */
    public CompletableFuture<SoftwareVersion> softwareVersion(Jid target) {
        return SoftwareVersion.query(client, target);
    }

    /** Asks {@code target} for its local time and offset (XEP-0202). */
    public CompletableFuture<EntityTime> entityTime(Jid target) {
        return EntityTime.query(client, target);
    }

    /** Asks a full JID how long its user has been idle (XEP-0012). */
    public CompletableFuture<LastActivity> idleTime(Jid target) {
        return LastActivity.query(client, target);
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

    /** The roster; its pushes are handled by this one manager only. */
    public RosterManager roster() {
        return roster;
    }

    /** Bits of Binary: small data fetched by name and cached, and the data we serve. */
    public BobManager bob() {
        return bob;
    }

    /** Message Archive Management (XEP-0313): the user's server archive and rooms' archives. */
    public MamManager mam() {
        return mam;
    }

    /** Message Archiving (XEP-0136): the user's server archive where the server has no MAM. */
    public ArchivingManager archiving() {
        return archiving;
    }

    /** The rooms of this session (XEP-0045): their presences and messages never reach the roster or chats. */
    public RoomManager rooms() {
        return rooms;
    }

    /** Moderation and the owner's work in rooms (XEP-0045 §8 to §10), over this session. */
    public RoomAdministration roomAdministration() {
        return new RoomAdministration(client);
    }

    /** vcard-temp (XEP-0054): the user's own vCard, and anyone's to read. */
    public VCardManager vCard() {
        return vCards;
    }

    /** Publish-Subscribe (XEP-0060) on any service; its notifications. */
    public PubSubManager pubsub() {
        return pubsub;
    }

    /** The user's and contacts' personal eventing (XEP-0163). */
    public PepManager pep() {
        return pep;
    }

    /** The user's room bookmarks (XEP-0402, else XEP-0048) and other clients' changes to them. */
    public BookmarkManager bookmarks() {
        return bookmarks;
    }

    /** User Avatar (XEP-0084): ours published, contacts' fetched and checked. */
    public AvatarManager avatars() {
        return avatars;
    }

    /** vCard-based avatars (XEP-0153): our photo's hash in presence, contacts' photos fetched and checked. */
    public VCardAvatarManager vCardAvatars() {
        return vCardAvatars;
    }

    /** The user's profile (nick, mood, activity, tune, location, avatar) and contacts' as they come. */
    public ProfileService profile() {
        return profile;
    }

    /** Private XML Storage (XEP-0049): elements kept on the server for this account alone. */
    public PrivateStorage privateStorage() {
        return privateStorage;
    }

    /** The server's block list (XEP-0191), kept in step by the server's pushes. */
    public BlockingManager blocking() {
        return blocking;
    }

    /** Message Carbons; read sync needs them enabled, which is the user's choice. */
    public CarbonManager carbons() {
        return carbons;
    }

    /** Unread counts per conversation, shared with the account's other devices. */
    public ReadSyncService readSync() {
        return readSync;
    }

    /** Roster changes contacts suggest, for the user to accept or refuse. */
    public RosterOfferService rosterOffers() {
        return rosterOffers;
    }

    /** Online without contacts seeing it (XEP-0126), where the server offers privacy lists. */
    public Invisibility invisibility() {
        return invisibility;
    }

    /** Whether a contact's devices take voice or video calls, from their verified caps. */
    public CallCapabilities callCapabilities() {
        return new CallCapabilities(presence.table(), caps);
    }

    /** Received chat messages, their formatting already made safe. */
    public ChatMessages chat() {
        return chat;
    }

    /**
     * Tells the server whether anyone is looking (XEP-0352): while the window is hidden or
     * minimized, it may hold back presence updates and other unurgent traffic to save battery and
     * bandwidth. Does nothing where the server does not offer CSI or when not connected.
     */
    public void windowVisible(boolean visible) {
        try {
            csi.setActive(visible);
        } catch (NotConnectedException e) {
            LOG.fine("window state not sent: not connected");
        }
    }

    /** What we last told the server about the window (XEP-0352). */
    public ClientState clientState() {
        return csi.state();
    }

    /** Applies the session's part of the user's privacy choices: receipts answered, idle time told. */
    public void setPrivacy(Privacy privacy) {
        receipts.setAnswering(privacy.deliveryReceipts());
        this.privacy = privacy;
    }

    /** Whether {@code asker} may learn the user's idle time (XEP-0012); null is the user's server. */
    private boolean mayAskIdleTime(Jid asker) {
        boolean sharesPresence = asker != null && roster.item(asker.bare())
                .map(i -> i.subscription() == Subscription.FROM || i.subscription() == Subscription.BOTH).orElse(false);
        return privacy.tellsIdleTimeTo(asker, client.jid(), sharesPresence);
    }

    /** Called when the user types, clicks or sends: resets the idle time others see. */
    public void userActive() {
        lastUserActivity = Instant.now();
    }

    @Override
    public void close() {
        rooms.close();
        client.disconnect();
    }
}
