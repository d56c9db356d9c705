package im.parley.client;

import im.parley.client.BringUp.PresenceChoice;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.client.profile.KeptProfiles;
import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.register.InBandRegistration;
import im.parley.xmpp.im.InMemoryRosterStore;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One account as the application sees it. It outlives sessions: connect, disconnect and
 * reconnect any number of times. While the user wants it online it reconnects with backoff,
 * resuming the session where the server allows and otherwise bringing a fresh one up to where
 * the last one was; it gives up only when retrying cannot help (authentication or certificate
 * refused, the account disabled). Everything that happens comes out of one ordered event stream,
 * and sending goes through the outbox, which tracks each message until it is displayed.
 */
public final class Account implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Account.class.getName());
    /** Events that may wait for one subscriber before publishing (and so reading) pauses. */
    static final int EVENTS_PER_SUBSCRIBER = 1_000;

    private final ClientConfig config;
    private final RosterStore rosterStore;
    private final CapsCache caps;
    private final KeptProfiles profiles;
    private final ExecutorService executor = Executors.newCachedThreadPool(DaemonThreads.named("parley-account"));
    private final EventStream<AccountEvent> events = new EventStream<>(executor, EVENTS_PER_SUBSCRIBER);
    private final AccountJournal journal;
    private final Outbox outbox = new Outbox(this::publish);
    private final MessageActions actions = new MessageActions(outbox, this::publish, this::onlineSession);
    private final RoomService rooms = new RoomService(this::publish, this::onlineSession, outbox);
    private final RoomPrivateMessages privateMessages = new RoomPrivateMessages(outbox, this::publish, this::onlineSession);
    private final Map<String, Boolean> seenOriginIds = AccountEvents.originIdMemory();
    private final List<BringUpHook> hooks = new CopyOnWriteArrayList<>();
    /** Guards the session of the moment and what is installed on it; taken after the connection's lock. */
    private final Object lock = new Object();
    private final AccountConnection connection;

    private AccountSession session;
    private Registration sessionListeners = () -> { };
    /** The current session's calls, once calls are enabled; null before. */
    private CallService sessionCalls;
    private final OwnPresenceKeeper presence = new OwnPresenceKeeper();
    private volatile boolean carbons;
    private volatile boolean windowVisible = true;
    private volatile Privacy privacy = Privacy.SHARE_ALL;
    private CallSettings callSettings;
    /** What the faces announce on every session (see {@link #announce}); guarded by lock. */
    private final List<Announced> announced = new ArrayList<>();

    /** An account whose roster is cached in memory only. */
    public Account(ClientConfig config) {
        this(config, new InMemoryRosterStore());
    }

    /** An account whose roster and its version are kept in {@code rosterStore} between sessions. */
    public Account(ClientConfig config, RosterStore rosterStore) {
        this(config, rosterStore, AccountJournal.NONE);
    }

    /**
     * An account whose events are recorded by {@code journal} (the local archive) before anyone
     * is told of them; messages it still holds as queued go out with the first session.
     */
    public Account(ClientConfig config, RosterStore rosterStore, AccountJournal journal) {
        this(config, rosterStore, journal, new CapsCache());
    }

    /** As above, with the capability sets (XEP-0115) known already, shared by every session of the account. */
    public Account(ClientConfig config, RosterStore rosterStore, AccountJournal journal, CapsCache caps) {
        this(config, rosterStore, journal, caps, KeptProfiles.inMemory());
    }

    /** As above, with the avatars and profiles the account keeps (the archive's), known before any session. */
    public Account(ClientConfig config, RosterStore rosterStore, AccountJournal journal, CapsCache caps,
                   KeptProfiles profiles) {
        // Reconnection is the account's job and the engine's; events must come out in server order.
        this.config = config.toBuilder().reconnect(true).serverOrder(true).build();
        this.rosterStore = rosterStore;
        this.journal = journal;
        this.caps = caps;
        this.profiles = profiles;
        this.connection = new AccountConnection(config.jid(), this::current, this::openSession, this::publish, events);
        outbox.restore(journal.queued());
        hooks.add(rooms::bringUp);
    }

    /**
     * Creates the account of {@code config} on its server (XEP-0077): its JID's localpart with its
     * password. The server's refusal is a {@link StanzaErrorException}; a form we cannot read or
     * fill is a {@code RegistrationException}.
     */
    public static void register(ClientConfig config) throws XmppException, StanzaErrorException {
        InBandRegistration.register(config, Map.of());
    }

    public Jid jid() {
        return config.jid();
    }

    public AccountState state() {
        return connection.state();
    }

    /** Every later event reaches {@code subscriber}, in order, on the account's executor. */
    public Registration subscribe(Consumer<? super AccountEvent> subscriber) {
        return events.subscribe(subscriber);
    }

    /** Runs {@code hook} as the last steps of bringing up every fresh session. */
    public Registration addBringUpHook(BringUpHook hook) {
        hooks.add(hook);
        return () -> hooks.remove(hook);
    }

    /** Avatars and everyone's profiles as the account keeps them: shown before (and between) sessions. */
    public KeptProfiles keptProfiles() {
        return profiles;
    }

    /** The group rooms the user is in, joined again on every fresh session. */
    public RoomService rooms() {
        return rooms;
    }

    /** Private messages with occupants of the user's rooms, each a conversation of its own. */
    public RoomPrivateMessages privateMessages() {
        return privateMessages;
    }

    /** Copies of what the account's other devices send and receive; kept across sessions. */
    public void setCarbons(boolean on) {
        carbons = on;
        AccountSession s = current();
        if (s != null && s.client().isConnected()) {
            (on ? s.carbons().enable() : s.carbons().disable()).exceptionally(e -> {
                LOG.log(Level.WARNING, "could not switch carbons " + (on ? "on" : "off"), e);
                return null;
            });
        }
    }

    /** The user's presence, sent now and again on every fresh session. */
    public CompletableFuture<Void> setPresence(Presence.Show show, String status, int priority) {
        return choosePresence(new PresenceChoice(true, show, status, priority, false));
    }

    /**
     * Online without contacts seeing it (XEP-0126), now and on every fresh session; where the
     * server has no privacy lists the future fails and nothing was sent.
     */
    public CompletableFuture<Void> setInvisible(String status) {
        return choosePresence(new PresenceChoice(true, null, status, 0, true));
    }

    private CompletableFuture<Void> choosePresence(PresenceChoice next) {
        AccountSession s = current();
        return presence.choose(next, s == null || !s.client().isConnected() ? null : s);
    }

    /** What contacts may learn of the user's reading, typing and idle time; now and on every later session. */
    public void setPrivacy(Privacy choice) {
        privacy = choice;
        actions.setPrivacy(choice);
        AccountSession s = current();
        if (s != null) {
            s.setPrivacy(choice);
        }
    }

    /** The password the account signs in with (a copy), for the password store when the user asks it kept. */
    public char[] password() {
        return config.password();
    }

    /** Whether the window is seen (XEP-0352); kept across sessions. */
    public void windowVisible(boolean visible) {
        windowVisible = visible;
        AccountSession s = current();
        if (s != null) {
            s.windowVisible(visible);
        }
    }

    /**
     * Takes calls from now on, on the current session and every later one; offers come as
     * {@link AccountEvent.CallOffered}. The future completes once the media libraries are
     * started, so the first call connects at once.
     */
    public CompletableFuture<Void> enableCalls(CallSettings settings) {
        takeCalls(settings);
        return CompletableFuture.runAsync(CallService::warmUpMedia, executor);
    }

    /**
     * As {@link #enableCalls} without starting the media libraries: the first call starts them,
     * unless {@link CallService#warmUpMedia} ran before (the app runs it once its window is drawn).
     */
    public void takeCalls(CallSettings settings) {
        synchronized (lock) {
            boolean installed = callSettings != null;
            callSettings = settings;
            if (session != null && !installed) {
                sessionCalls = installCalls(session, settings);
            }
        }
    }

    /**
     * Announces {@code features} in disco and caps (XEP-0030, XEP-0115) on the session of the
     * moment and every later one, until the returned handle is closed: for what a face does with
     * what it receives, such as the desktop app drawing Message Styling (XEP-0393).
     */
    public Registration announce(List<String> features) {
        Announced a = new Announced(List.copyOf(features));
        synchronized (lock) {
            announced.add(a);
            if (session != null) {
                a.onSession = session.discovery().announce(a.features);
            }
        }
        return () -> {
            synchronized (lock) {
                if (announced.remove(a) && a.onSession != null) {
                    a.onSession.close();
                }
            }
        };
    }

    /** Features a face announces, and their registration on the session of the moment. */
    private static final class Announced {
        final List<String> features;
        Registration onSession;

        Announced(List<String> features) {
            this.features = features;
        }
    }

    /** The calls of the session of the moment, to place one; empty before calls are enabled and a session exists. */
    public Optional<CallService> calls() {
        synchronized (lock) {
            return Optional.ofNullable(sessionCalls);
        }
    }

    /** The session of the moment, or null before the first connect. Its services are per session. */
    public AccountSession current() {
        synchronized (lock) {
            return session;
        }
    }

    /**
     * Goes online and stays online until {@link #disconnect}. The future completes at the first
     * bound session, or fails when the account cannot connect for good (authentication or
     * certificate refused); passing network failures are retried meanwhile.
     */
    public CompletableFuture<Void> connect() {
        return connection.start();
    }

    /** Goes offline: stops retrying and closes the stream cleanly. Sent messages wait in the outbox. */
    public void disconnect() {
        connection.stop();
    }

    /** Reconnects at once, skipping the backoff wait; also from a failed state. */
    public void reconnectNow() {
        disconnect();
        connect();
    }

    /**
     * Sends a chat message: the local echo comes at once; the message goes out now if online,
     * else when the next session is up. Its delivery state follows as events.
     */
    public TrackedMessage send(Jid to, String body) {
        return actions.send(to, body);
    }

    /**
     * Sends {@code body} as a reply (XEP-0461) to the message {@code replyToId} that
     * {@code replyToSender} wrote (null when unknown), quoting {@code quotedText} as the fallback
     * that clients without replies show. Told and tracked like {@link #send}; the archive keeps
     * what it answers.
     */
    public TrackedMessage reply(Jid to, String body, String replyToId, Jid replyToSender, String quotedText) {
        return actions.reply(to, body, replyToId, replyToSender, quotedText);
    }

    /**
     * Replaces the text of the user's own message {@code originalId} to {@code to} with
     * {@code newBody} (XEP-0308). The archive keeps the old text as a revision; the local echo is
     * {@link AccountEvent.ChangeSent}; it goes through the outbox like a message.
     */
    public TrackedMessage correct(Jid to, String originalId, String newBody) {
        return actions.correct(to, originalId, newBody);
    }

    /**
     * Takes back the user's own message {@code originalId} to {@code to} (XEP-0424), with the
     * XEP's fallback text for clients without retraction. As {@link #correct} otherwise.
     */
    public TrackedMessage retract(Jid to, String originalId) {
        return actions.retract(to, originalId);
    }

    /**
     * The user's reactions to the message {@code messageId} of the conversation with {@code to}
     * (XEP-0444): the whole set, replacing the earlier one; empty takes them all back. As
     * {@link #correct} otherwise.
     */
    public TrackedMessage react(Jid to, String messageId, Set<String> emojis) {
        return actions.react(to, messageId, emojis);
    }

    /**
     * Tells {@code to} the user's chat state (XEP-0085): typing, paused... Sent only while online
     * and only to a contact who uses chat states and has not gone; never stored or queued. True
     * when it went out.
     */
    public boolean sendChatState(Jid to, ChatState state) {
        return actions.sendChatState(to, state);
    }

    /**
     * The user has seen the conversation with {@code peer} up to the message {@code messageId}: the
     * archive counts nothing unread there any more ({@link AccountEvent.ConversationRead}), and the
     * contact gets a displayed marker (XEP-0333) when that message asked for one. True when the
     * marker went out.
     */
    public boolean markDisplayed(Jid peer, String messageId) {
        return actions.markDisplayed(peer, messageId);
    }

    /**
     * Asks {@code to} for attention (XEP-0224), only while online. Completes once the server has
     * it; fails with {@link im.parley.xmpp.session.NotConnectedException} when offline.
     */
    public CompletableFuture<Void> attention(Jid to) {
        return actions.attention(to);
    }

    /** The session when the account is online, else null: what the outbox sends on now. */
    private AccountSession onlineSession() {
        AccountSession s = current();
        return s != null && connection.state() instanceof AccountState.Online ? s : null;
    }

    /** A fresh session for the connection's next attempt, with the account's listeners and calls on it. */
    private AccountSession openSession() {
        synchronized (lock) {
            sessionListeners.close();
            if (sessionCalls != null) {
                sessionCalls.close();
            }
            AccountSession fresh = new AccountSession(config, rosterStore, false, caps, profiles);
            fresh.setPrivacy(privacy);
            session = fresh;
            sessionListeners = listen(fresh);
            sessionCalls = callSettings == null ? null : installCalls(fresh, callSettings);
            // Before the session connects, so that its first presence already carries them in its caps.
            announced.forEach(a -> a.onSession = fresh.discovery().announce(a.features));
            return fresh;
        }
    }

    private Registration listen(AccountSession s) {
        AccountEvents translator = new AccountEvents(outbox, this::publish, seenOriginIds);
        return Registration.all(translator.attach(s), s.client().addConnectionListener(new BringingUp(s)));
    }

    private CallService installCalls(AccountSession s, CallSettings settings) {
        return s.installCalls(settings, new CallEvents(this::publish));
    }

    /**
     * Records {@code event} in the journal, then tells subscribers, unless the journal knew it
     * already. When recording fails the event is still told, with the failure after it.
     */
    void publish(AccountEvent event) {
        actions.observe(event);
        privateMessages.observe(event);
        AccountEvent recorded;
        try {
            recorded = journal.record(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not store " + event, e);
            events.publish(event);
            events.publish(new AccountEvent.StorageFailed(e.getMessage() == null ? e.toString() : e.getMessage(), event));
            return;
        }
        if (recorded != null) {
            events.publish(recorded);
        }
    }

    /**
     * Brings one session up as it binds, and sends what waits once it is online again; its drops
     * and end are the connection's. Its events come one at a time, in order.
     */
    private final class BringingUp implements ConnectionListener {
        private final AccountSession owner;

        BringingUp(AccountSession owner) {
            this.owner = owner;
        }

        @Override
        public void connected(Jid boundJid) {
            outbox.newSession();
            connection.online(false);
            BringUp.run(owner, carbons, windowVisible, presence.current(), List.copyOf(hooks)).thenRun(() -> {
                flushOutbox(owner);
                publish(new AccountEvent.BroughtUp());
            });
        }

        @Override
        public void resumed() {
            connection.online(true);
            flushOutbox(owner);
        }

        @Override
        public void unacknowledged(List<Stanza> stanzas) {
            outbox.unacknowledged(stanzas);
        }
    }

    /** Sends what waits: to contacts, and to the rooms the user is in on {@code s} (the others follow on joining). */
    private void flushOutbox(AccountSession s) {
        for (TrackedMessage m : outbox.queued()) {
            if (!m.toRoom() || s.rooms().room(m.to()).filter(Room::isJoined).isPresent()) {
                outbox.send(s.client(), m);
            }
        }
    }

    /** Disconnects and stops the account's threads. */
    @Override
    public void close() {
        disconnect();
        synchronized (lock) {
            sessionListeners.close();
            if (sessionCalls != null) {
                sessionCalls.close();
            }
        }
        connection.close();
        executor.shutdown();
    }
}
