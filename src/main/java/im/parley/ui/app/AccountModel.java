package im.parley.ui.app;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.RosterOffer;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomInfo;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import im.parley.client.AccountSession;
import im.parley.client.AccountState;
import im.parley.client.ArchiveSync;
import im.parley.client.history.History;
import im.parley.ui.contacts.Contact;
import im.parley.ui.contacts.ContactsViewModel;
import im.parley.ui.conversations.ConversationsViewModel;
import im.parley.xmpp.im.ResourcePresence;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.ext.styling.MessageStyling;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.stanza.Presence;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One signed-in account as the app sees it: its connection state, contacts, conversations and
 * inbox, kept current from the account's event stream. Events arrive on the account's thread,
 * already stored in the archive; what they change is worked out there (presence lookups, archive
 * reads) and only the result crosses to the UI thread.
 */
public final class AccountModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AccountModel.class.getName());

    private final Account account;
    private final ArchiveSync sync;
    private final History history;
    private final Executor ui;
    private final Executor io;
    private final ReadOnlyObjectWrapper<AccountState> state;
    private final ContactsViewModel contacts = new ContactsViewModel();
    private final ConversationsViewModel conversations = new ConversationsViewModel();
    private final ContactProfiles profiles;
    private final ObservableList<SubscriptionEvent> inbox = FXCollections.observableArrayList();
    private final ObservableList<RosterOffer> offers = FXCollections.observableArrayList();
    private final ObservableList<RoomEvent.Invited> invitations = FXCollections.observableArrayList();
    private final RoomNames roomNames;
    private final ReadOnlyBooleanWrapper invisibleOffered = new ReadOnlyBooleanWrapper(this, "invisibleOffered");
    private final ObjectProperty<OwnPresence> ownPresence = new SimpleObjectProperty<>(OwnPresence.AVAILABLE);
    private final ReadOnlyObjectWrapper<OccupantRenamed> occupantRenamed =
            new ReadOnlyObjectWrapper<>(this, "occupantRenamed");
    private final AtomicBoolean conversationsQueued = new AtomicBoolean();
    private final Registration subscription;
    private final CompletableFuture<Void> keptRosterShown = new CompletableFuture<>();
    private final java.util.List<java.util.function.Consumer<AccountEvent>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public AccountModel(Account account, ArchiveSync sync, History history, RosterStore keptRoster, Executor ui,
                        Executor io) {
        this(account, sync, history, CompletableFuture.supplyAsync(keptRoster::load, io), ui, io);
    }

    /**
     * {@code keptRoster}: what the archive kept from last time, shown at once, before any
     * connection; so are the profiles the account kept.
     */
    public AccountModel(Account account, ArchiveSync sync, History history, CompletableFuture<Roster> keptRoster,
                        Executor ui, Executor io) {
        this.account = account;
        this.sync = sync;
        this.history = history;
        this.ui = ui;
        this.io = io;
        this.state = new ReadOnlyObjectWrapper<>(account.state());
        this.profiles = new ContactProfiles(io, ui, account.keptProfiles().avatars()::get);
        this.roomNames = new RoomNames(account.rooms(), ui, this::refreshConversations);
        // Conversations draw Message Styling: XEP-0393 asks a client that does to say so in disco.
        this.subscription = Registration.all(account.subscribe(this::onEvent),
                account.announce(java.util.List.of(MessageStyling.NAMESPACE)));
        CompletableFuture.supplyAsync(account.keptProfiles()::all, io).whenComplete((kept, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "could not read the kept profiles of " + account.jid(), failure);
            } else {
                profiles.seed(kept);
            }
        });
        keptRoster.whenComplete((roster, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "could not read the kept roster of " + account.jid(), failure);
                keptRosterShown.complete(null);
                return;
            }
            ui.execute(() -> {
                if (contacts.size() == 0) {
                    contacts.rosterReplaced(roster.items());
                }
                keptRosterShown.complete(null);
            });
        });
        refreshConversations();
    }

    public Account account() {
        return account;
    }

    public Jid jid() {
        return account.jid().bare();
    }

    public History history() {
        return history;
    }

    public ArchiveSync sync() {
        return sync;
    }

    public ReadOnlyObjectProperty<AccountState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ContactsViewModel contacts() {
        return contacts;
    }

    public ConversationsViewModel conversations() {
        return conversations;
    }

    /** Contacts' (and the user's own) profiles and pictures. */
    public ContactProfiles profiles() {
        return profiles;
    }

    /** Subscription requests waiting for the user's answer. */
    public ObservableList<SubscriptionEvent> inbox() {
        return inbox;
    }

    public ObjectProperty<OwnPresence> ownPresenceProperty() {
        return ownPresence;
    }

    /** Also tells {@code listener} every event, on the account's thread (chat views use it). */
    public Registration addListener(java.util.function.Consumer<AccountEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The user chose a presence (and status text): sent now and on every later session. */
    public void setPresence(OwnPresence presence, String status) {
        OwnPresence was = ownPresence.get();
        ownPresence.set(presence);
        String text = status == null || status.isBlank() ? null : status;
        io.execute(() -> (presence == OwnPresence.INVISIBLE ? account.setInvisible(text)
                : account.setPresence(presence.show(), text, 0)).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        logged("set the presence " + presence, failure);
                        ui.execute(() -> ownPresence.set(was));
                    }
                }));
    }

    /** Whether the server lets the user be invisible (it offers privacy lists); known once online. */
    public ReadOnlyBooleanProperty invisibleOfferedProperty() {
        return invisibleOffered.getReadOnlyProperty();
    }

    /**
     * Whether {@code peer} is a group room of this account: one the user is in, one bookmarked, or one
     * in the conversation list.
     */
    public boolean isRoom(Jid peer) {
        Jid bare = peer.bare();
        return account.rooms().memberships().stream().anyMatch(m -> m.room().equals(bare))
                || account.rooms().bookmark(bare).isPresent()
                || conversations.items().stream().anyMatch(c -> c.room() && c.peer().equals(bare.toString()));
    }

    /**
     * A room as people call it: the name it gave itself since the user joined it, else on joining
     * (disco), else its bookmark's, else the local part of its address.
     */
    public String roomName(Jid room) {
        return roomNames.of(room);
    }

    /** Bumped (UI thread) whenever a room's name may have changed: views showing one follow it. */
    public ReadOnlyLongProperty roomNamesRevision() {
        return roomNames.revision();
    }

    /**
     * A conversation as the sidebar and its header call it: a contact by their roster name, a room
     * by its own; a private one with a room's occupant (an occupant JID, room@service/nick) as
     * "nick (in Room)"; else the address.
     */
    public String conversationName(Jid peer) {
        if (peer.resource() != null) {
            return peer.resource() + " (in " + roomName(peer) + ")";
        }
        return contacts.contact(peer).map(Contact::displayName)
                .orElseGet(() -> isRoom(peer) ? roomName(peer) : peer.toString());
    }

    /** A name {@code room} gave itself after the user joined it (a room the user made and named). */
    public void learnedRoomName(Jid room, String name) {
        roomNames.learned(room, name);
    }

    /** An occupant of a room now goes by another nick: {@code before} and {@code after} are occupant JIDs. */
    public record OccupantRenamed(Jid before, Jid after) {
    }

    /**
     * The latest occupant to change nick in one of the user's rooms (XEP-0045 §7.6): the private
     * conversation with them, stored under their new nick now, opens under it.
     */
    public ReadOnlyObjectProperty<OccupantRenamed> occupantRenamedProperty() {
        return occupantRenamed.getReadOnlyProperty();
    }

    /** Invitations to group rooms (XEP-0045 §7.8, XEP-0249) waiting for the user, one per room. */
    public ObservableList<RoomEvent.Invited> invitations() {
        return invitations;
    }

    /** Joins the room {@code invitation} names, with the account's name as nick; completes once in. */
    public CompletableFuture<Void> accept(RoomEvent.Invited invitation) {
        invitations.remove(invitation);
        return account.rooms().join(invitation.room(), jid().local(), invitation.password()).thenApply(r -> null);
    }

    /** Declines: a mediated invitation is answered through the room (§7.8.2); a direct one needs no answer. */
    public void decline(RoomEvent.Invited invitation) {
        invitations.remove(invitation);
        if (!invitation.direct()) {
            io.execute(() -> {
                try {
                    account.rooms().rooms().decline(invitation.room(), invitation.from(), null);
                } catch (Exception e) {
                    logged("decline an invitation to " + invitation.room(), e);
                }
            });
        }
    }

    /** Roster suggestions (XEP-0144) waiting for the user, oldest first. */
    public ObservableList<RosterOffer> offers() {
        return offers;
    }

    /** Applies every change {@code offer} suggests: new contacts are added and asked for their presence. */
    public void accept(RosterOffer offer) {
        offers.remove(offer);
        session().ifPresent(s -> {
            try {
                s.rosterOffers().accept(offer, offer.suggestions()).exceptionally(e -> logged("apply a roster offer", e));
            } catch (IllegalStateException stale) {
                // Made to a session that has since ended: the new one never saw it.
                logged("apply a roster offer", stale);
            }
        });
    }

    /** Forgets {@code offer}; nothing is sent (XEP-0144 has no refusal). */
    public void refuse(RosterOffer offer) {
        offers.remove(offer);
        session().ifPresent(s -> {
            try {
                s.rosterOffers().refuse(offer);
            } catch (IllegalStateException stale) {
                logged("refuse a roster offer", stale);
            }
        });
    }

    /**
     * Lets the requester see the user's presence and, unless the user already sees theirs or has
     * asked to, asks to see theirs: accepting a contact makes it a contact both ways, as people
     * expect of a messenger.
     */
    public void approve(SubscriptionEvent request) {
        inbox.remove(request);
        session().ifPresent(s -> {
            Jid contact = request.from().bare();
            s.presence().approve(contact).exceptionally(e -> logged("approve", e));
            boolean seesThem = s.roster().item(contact)
                    .map(i -> i.subscription() == Subscription.TO || i.subscription() == Subscription.BOTH || i.askSubscribe())
                    .orElse(false);
            if (!seesThem) {
                s.presence().subscribe(contact, null).exceptionally(e -> logged("ask to see their presence", e));
            }
        });
    }

    public void refuse(SubscriptionEvent request) {
        inbox.remove(request);
        session().ifPresent(s -> s.presence().deny(request.from()).exceptionally(e -> logged("deny", e)));
    }

    /** The session of the moment, if connected once. */
    public Optional<AccountSession> session() {
        return Optional.ofNullable(account.current());
    }

    private Void logged(String what, Throwable e) {
        LOG.log(Level.WARNING, "could not " + what, e);
        return null;
    }

    private void onEvent(AccountEvent event) {
        if (event instanceof AccountEvent.ConnectionChanged c) {
            AccountState s = c.state();
            ui.execute(() -> {
                state.set(s);
                if (!(s instanceof AccountState.Online)) {
                    contacts.allOffline();
                } else if (!((AccountState.Online) s).resumed()) {
                    // Offers live in the session that received them: a fresh one cannot apply them.
                    offers.clear();
                }
            });
            AccountSession session = account.current();
            if (s instanceof AccountState.Online o && !o.resumed() && session != null) {
                session.invisibility().offeredBy(account.jid()).whenComplete((offered, failure) ->
                        ui.execute(() -> invisibleOffered.set(failure == null && offered)));
            }
        } else if (event instanceof AccountEvent.RosterChanged r) {
            AccountSession s = account.current();
            if (r.replaced() && s != null) {
                var items = s.roster().items().values();
                ui.execute(() -> contacts.rosterReplaced(items));
            } else {
                ui.execute(() -> contacts.rosterChanged(r.updated(), r.removed()));
            }
        } else if (event instanceof AccountEvent.PresenceChanged p) {
            presenceChanged(p.presence());
        } else if (event instanceof AccountEvent.SubscriptionChanged sc
                && sc.event().kind() == SubscriptionEvent.Kind.REQUEST) {
            ui.execute(() -> {
                inbox.removeIf(e -> e.from().equals(sc.event().from()));
                inbox.add(sc.event());
            });
        } else if (event instanceof AccountEvent.RoomChanged rc && (rc.event() instanceof RoomEvent.Joined
                || rc.event() instanceof RoomEvent.ConfigurationChanged)) {
            roomNames.onEvent(rc.event());
        } else if (event instanceof AccountEvent.RoomChanged rc && rc.event() instanceof RoomEvent.NickChanged renamed
                && !renamed.self()) {
            // The archive moved the private conversation with them to their new nick.
            refreshConversations();
            ui.execute(() -> occupantRenamed.set(new OccupantRenamed(renamed.before().jid(), renamed.after().jid())));
        } else if (event instanceof AccountEvent.RoomChanged rc && rc.event() instanceof RoomEvent.Invited invited) {
            ui.execute(() -> {
                invitations.removeIf(i -> i.room().equals(invited.room()));
                if (account.rooms().memberships().stream().noneMatch(m -> m.room().equals(invited.room()))) {
                    invitations.add(invited);
                }
            });
        } else if (event instanceof AccountEvent.ProfileChanged changed) {
            AccountSession session = account.current();
            if (session != null) {
                Jid from = changed.change().from();
                profiles.changed(from, session.profile().profile(from), changed.change().item());
            }
        } else if (event instanceof AccountEvent.RosterOffered o) {
            ui.execute(() -> offers.add(o.offer()));
        } else if (event instanceof AccountEvent.MessageReceived || event instanceof AccountEvent.MessageSent
                || event instanceof AccountEvent.CarbonCopied || event instanceof AccountEvent.MessageCorrected
                || event instanceof AccountEvent.MessageRetracted || event instanceof AccountEvent.HistorySynced
                || event instanceof AccountEvent.ChangeSent || event instanceof AccountEvent.ConversationRead
                || event instanceof AccountEvent.RoomChanged room && isRoomMessage(room)
                || event instanceof AccountEvent.RoomRead || event instanceof AccountEvent.CallEnded) {
            refreshConversations();
        }
        for (var l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an account listener failed", e);
            }
        }
    }

    private static boolean isRoomMessage(AccountEvent.RoomChanged changed) {
        return changed.event() instanceof RoomEvent.RoomMessage || changed.event() instanceof RoomEvent.PrivateMessage;
    }

    private void presenceChanged(Presence presence) {
        AccountSession s = account.current();
        if (s == null || presence.from() == null) {
            return;
        }
        Jid bare = presence.from().bare();
        Optional<ResourcePresence> best = s.presence().mostAvailable(bare);
        Contact.Availability availability = best.map(r -> availability(r.show())).orElse(null);
        String status = best.map(ResourcePresence::status).orElse(null);
        ui.execute(() -> contacts.presenceChanged(bare, availability, status));
    }

    /** What a presence's show says, as the contact list words it. */
    public static Contact.Availability availability(Presence.Show show) {
        if (show == null) {
            return Contact.Availability.AVAILABLE;
        }
        switch (show) {
            case CHAT:
                return Contact.Availability.CHAT;
            case AWAY:
                return Contact.Availability.AWAY;
            case XA:
                return Contact.Availability.XA;
            default:
                return Contact.Availability.DND;
        }
    }

    /** Reads the conversation list again; a burst of messages causes one read, not one each. */
    public void refreshConversations() {
        if (!conversationsQueued.compareAndSet(false, true)) {
            return;
        }
        io.execute(() -> {
            conversationsQueued.set(false);
            try {
                var list = history.conversations();
                ui.execute(() -> conversations.refresh(list));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not read the conversations", e);
            }
        });
    }

    /** Connects (off the UI thread); the future fails when the account cannot sign in for good. */
    public CompletableFuture<Void> connect() {
        return account.connect();
    }

    /**
     * Connects once {@code when} completes. Meanwhile the state reads Connecting, not Offline: the
     * attempt is decided, only held back (until the window shows, at start-up).
     */
    public void connectAfter(CompletionStage<?> when) {
        ui.execute(() -> {
            if (state.get() instanceof AccountState.Offline) {
                state.set(new AccountState.Connecting());
            }
        });
        when.thenRunAsync(() -> connect().exceptionally(e -> null), io); // the state property shows why
    }

    /** Completes, on the UI thread, once the roster kept from last time is in the contact list (or could not be read). */
    public CompletionStage<Void> keptRosterShown() {
        return keptRosterShown;
    }

    @Override

    public void close() {
        subscription.close();
        account.close();
    }
}
