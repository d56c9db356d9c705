package im.parley.ui.notify;

import im.parley.client.AccountEvent;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.OwnPresence;
import im.parley.ui.contacts.Contact;
import im.parley.ui.shell.ShellViewModel;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;

/**
 * Feeds the {@link Notifier} from every account of the main window: each event is weighed by the
 * {@link NotificationPolicy} against what the window shows at that moment. Events come on the
 * accounts' threads; the weighing runs on the UI thread, where the window's state lives.
 */
public final class Notifications implements AutoCloseable {
    private final ShellViewModel shell;
    private final ObservableBooleanValue windowFocused;
    private final NotificationSettingsViewModel settings;
    private final Notifier notifier;
    private final Executor ui;
    private final NotificationPolicy policy = new NotificationPolicy();
    private final Map<AccountModel, Registration> watched = new ConcurrentHashMap<>();
    /** "account room" of each gone room told (it may come both as an event and from the list), until joined again. */
    private final Set<String> toldGone = new HashSet<>();
    private final ListChangeListener<AccountModel> accountsChanged = c -> {
        while (c.next()) {
            c.getRemoved().forEach(this::unwatch);
            c.getAddedSubList().forEach(this::watch);
        }
    };

    /** Watches the shell's accounts, those there now and those added later (UI thread). */
    public Notifications(ShellViewModel shell, ObservableBooleanValue windowFocused,
                         NotificationSettingsViewModel settings, Notifier notifier, Executor ui) {
        this.shell = shell;
        this.windowFocused = windowFocused;
        this.settings = settings;
        this.notifier = notifier;
        this.ui = ui;
        shell.accounts().forEach(this::watch);
        shell.accounts().addListener(accountsChanged);
    }

    /** Brings what {@code n} is about into view: its account, and the conversation of a message. */
    public void open(Notification n) {
        for (AccountModel a : shell.accounts()) {
            if (a.jid().equals(n.account())) {
                shell.activeProperty().set(a);
                if (n.kind() == Notification.Kind.MESSAGE) {
                    // A private message in a room names the occupant's full JID, any other a bare one.
                    shell.openStored(n.peer());
                } else if (n.kind() == Notification.Kind.MISSED_CALL || n.kind() == Notification.Kind.ROOM_GONE) {
                    shell.open(n.peer());
                }
                return;
            }
        }
    }

    private void watch(AccountModel account) {
        watched.put(account, account.addListener(event -> {
            if (mayNotify(event)) {
                ui.execute(() -> weigh(account, event));
            }
        }));
        // Rooms are mostly found gone as the app starts, before this watches: told now, once.
        for (Jid room : account.account().rooms().goneRooms()) {
            ui.execute(() -> weigh(account, new AccountEvent.RoomChanged(new RoomEvent.Gone(room))));
        }
    }

    private void unwatch(AccountModel account) {
        Registration r = watched.remove(account);
        if (r != null) {
            r.close();
        }
    }

    /** Spares the UI thread the chat states, presences and receipts that make most of the stream. */
    private static boolean mayNotify(AccountEvent event) {
        return event instanceof AccountEvent.MessageReceived || event instanceof AccountEvent.CarbonCopied
                || event instanceof AccountEvent.AttentionRequested
                || event instanceof AccountEvent.SubscriptionChanged
                || event instanceof AccountEvent.RoomChanged room && (room.event() instanceof RoomEvent.RoomMessage
                        || room.event() instanceof RoomEvent.PrivateMessage || room.event() instanceof RoomEvent.Gone
                        || room.event() instanceof RoomEvent.Joined);
    }

    private void weigh(AccountModel account, AccountEvent event) {
        if (event instanceof AccountEvent.RoomChanged rc && rc.event() instanceof RoomEvent.Joined joined) {
            // Made again: should it end again, that is news again.
            toldGone.remove(account.jid() + " " + joined.room());
            return;
        }
        if (!watched.containsKey(account) || event instanceof AccountEvent.RoomChanged rc
                && rc.event() instanceof RoomEvent.Gone gone && !toldGone.add(account.jid() + " " + gone.room())) {
            return;
        }
        boolean focused = windowFocused.get();
        Jid inView = shell.activeProperty().get() == account ? shell.openConversationProperty().get() : null;
        ShellViewModel.DetachedInFocus detached = shell.detachedInFocusProperty().get();
        if (detached != null) {
            // A conversation's own window has the focus, and only that conversation is in view.
            focused = detached.account().equals(account.jid());
            inView = focused ? detached.peer() : null;
        }
        NotificationPolicy.Situation now = new NotificationPolicy.Situation(settings.current(),
                account.ownPresenceProperty().get() == OwnPresence.DO_NOT_DISTURB, focused, inView,
                peer -> isMuted(account, peer),
                peer -> account.contacts().contact(peer).map(Contact::name).orElse(null),
                room -> account.account().rooms().memberships().stream().filter(m -> m.room().equals(room))
                        .map(m -> m.nick()).findFirst().orElse(null),
                account::roomName);
        policy.decide(account.jid(), event, now).ifPresent(notifier::show);
    }

    private static boolean isMuted(AccountModel account, Jid peer) {
        String key = peer.toString();
        return account.conversations().items().stream().anyMatch(c -> c.muted() && c.peer().equals(key));
    }

    /** Stops watching and takes the notifier's tray icon or toasts down. */
    @Override
    public void close() {
        shell.accounts().removeListener(accountsChanged);
        watched.values().forEach(Registration::close);
        watched.clear();
        notifier.close();
    }
}
