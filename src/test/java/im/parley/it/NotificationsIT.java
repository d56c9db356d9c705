package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.client.history.Profile;
import im.parley.client.history.ProfilePreferences;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.OwnPresence;
import im.parley.ui.notify.Notification;
import im.parley.ui.notify.NotificationSettingsViewModel;
import im.parley.ui.notify.Notifications;
import im.parley.ui.notify.Notifier;
import im.parley.ui.shell.ShellViewModel;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications from a real account on the real Prosody: a contact's chat message (RFC 6121 §5)
 * and subscription request (RFC 6121 §3.1) each notify once, worded with the roster name; while
 * the user is do-not-disturb nothing does, though both still arrive.
 */
class NotificationsIT {
    private final TestServer prosody = TestServer.prosody();
    private final Executor now = Runnable::run;
    private final List<Notification> shown = new CopyOnWriteArrayList<>();
    private final List<AccountEvent> events = new CopyOnWriteArrayList<>();
    private final ShellViewModel shell = new ShellViewModel();

    @TempDir
    Path profileDir;

    /** Notifier that only remembers: the tray, toast and sound have their own tests. */
    private final class Recording implements Notifier {
        @Override
        public void show(Notification n) {
            shown.add(n);
        }

        @Override
        public void close() {
        }
    }

    /** Alice's app: her account in the shell, with the notifications watching it, connected. */
    private AccountModel signIn(Profile profile, Jid alice) throws Exception {
        Profile.SyncedAccount synced = profile.accountWithSync(
                prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
        AccountModel model = new AccountModel(synced.account(), synced.sync(), profile.history(alice),
                profile.rosterStore(alice), now, now);
        shell.add(model);
        new Notifications(shell, new SimpleBooleanProperty(false),
                new NotificationSettingsViewModel(ProfilePreferences.load(profileDir), now, now), new Recording(), now);
        // Added after the notifications: once an event is here, they have weighed it.
        model.addListener(events::add);
        model.connect().get(20, TimeUnit.SECONDS);
        return model;
    }

    private long received() {
        return events.stream().filter(e -> e instanceof AccountEvent.MessageReceived).count();
    }

    private long requests() {
        return events.stream().filter(e -> e instanceof AccountEvent.SubscriptionChanged).count();
    }

    private static Message chat(Jid to, String id, String body) {
        return Message.builder().type(Message.Type.CHAT).to(to).id(id).body(body).build();
    }

    @Test
    void aMessageAndAContactRequestNotifyOnceEachWithTheRosterName() throws Exception {
        Jid alice = TestSession.register(prosody, "notify-a");
        try (TestSession bob = TestSession.fresh(prosody, "notify-b");
             Profile profile = Profile.open(profileDir);
             AccountModel model = signIn(profile, alice)) {
            model.session().orElseThrow().roster().set(RosterItem.of(bob.jid(), "Bob Builder", Set.of()))
                    .get(20, TimeUnit.SECONDS);
            await(() -> model.contacts().contact(bob.jid()).isPresent(), "Bob is in Alice's roster");

            bob.client().send(chat(alice, "n-1", "Can we fix it?\nYes we can!"));
            await(() -> received() == 1, "Bob's message arrived");
            assertThat(shown).containsExactly(new Notification(Notification.Kind.MESSAGE, alice, bob.jid(),
                    "Bob Builder", "Can we fix it? Yes we can!", true));

            bob.client().send(Presence.builder().type(Presence.Type.SUBSCRIBE).to(alice).build());
            await(() -> requests() == 1, "Bob's request arrived");
            bob.roundTrip();
            assertThat(shown).hasSize(2);
            assertThat(shown.get(1)).isEqualTo(new Notification(Notification.Kind.SUBSCRIPTION_REQUEST, alice,
                    bob.jid(), "Contact request", "Bob Builder wants to add you as a contact.", true));
            assertThat(model.inbox()).singleElement().satisfies(r -> assertThat(r.from()).isEqualTo(bob.jid()));
        }
    }

    /**
     * A bookmarked room found gone as the account comes up, which happens before the app's
     * notifications watch the account: told once they do, quietly, by the bookmark's name.
     */
    @Test
    void aBookmarkedRoomFoundGoneAtStartIsToldOnceByItsName() throws Exception {
        Jid alice = TestSession.register(prosody, "notify-gone");
        Jid room = prosody.newRoom("gone");
        try (AccountSession other = new AccountSession(prosody.config(alice.withResource("other"), TestSession.PASSWORD).build())) {
            other.connect();
            other.bookmarks().store(new Bookmark(room, Conference.of("Old team room", true, "alice"))).get(20, TimeUnit.SECONDS);
        }
        try (Profile profile = Profile.open(profileDir)) {
            Profile.SyncedAccount synced = profile.accountWithSync(
                    prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
            try (AccountModel model = new AccountModel(synced.account(), synced.sync(), profile.history(alice),
                    profile.rosterStore(alice), now, now)) {
                model.addListener(events::add);
                model.connect().get(20, TimeUnit.SECONDS);
                await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.RoomChanged rc
                        && rc.event() instanceof RoomEvent.Gone), "the room was found gone");
                shell.add(model);
                new Notifications(shell, new SimpleBooleanProperty(false),
                        new NotificationSettingsViewModel(ProfilePreferences.load(profileDir), now, now), new Recording(), now);
                assertThat(shown).containsExactly(new Notification(Notification.Kind.ROOM_GONE, alice, room,
                        "Old team room no longer exists", "The room ended while you were away; Parley did not create it again.",
                        false));
            }
        }
    }

    @Test
    void doNotDisturbShowsNothingYetTheMessageCountsAsUnread() throws Exception {
        Jid alice = TestSession.register(prosody, "notify-dnd-a");
        try (TestSession bob = TestSession.fresh(prosody, "notify-dnd-b");
             Profile profile = Profile.open(profileDir);
             AccountModel model = signIn(profile, alice)) {
            model.setPresence(OwnPresence.DO_NOT_DISTURB, null);

            bob.client().send(chat(alice, "d-1", "are you there?"));
            bob.client().send(Presence.builder().type(Presence.Type.SUBSCRIBE).to(alice).build());
            await(() -> received() == 1 && requests() == 1, "Bob's message and request arrived");

            assertThat(shown).isEmpty();
            await(() -> model.conversations().unreadProperty().get() == 1, "the message counts as unread");
        }
    }

    @Test
    void aConversationWhoseOwnWindowHasTheFocusDoesNotNotifyOthersDo() throws Exception {
        Jid alice = TestSession.register(prosody, "notify-win-a");
        try (TestSession bob = TestSession.fresh(prosody, "notify-win-b");
             TestSession carol = TestSession.fresh(prosody, "notify-win-c");
             Profile profile = Profile.open(profileDir);
             AccountModel model = signIn(profile, alice)) {
            shell.detachedInFocusProperty().set(new ShellViewModel.DetachedInFocus(alice, bob.jid()));

            bob.client().send(chat(alice, "w-1", "you are reading this"));
            await(() -> received() == 1, "Bob's message arrived");
            assertThat(shown).as("Bob's conversation is in view in its window").isEmpty();

            carol.client().send(chat(alice, "w-2", "and this one is elsewhere"));
            await(() -> received() == 2, "Carol's message arrived");
            assertThat(shown).singleElement().satisfies(n -> assertThat(n.peer()).isEqualTo(carol.jid()));
        }
    }
}
