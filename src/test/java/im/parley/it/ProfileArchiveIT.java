package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.client.history.Profile;
import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.KeptProfiles;
import im.parley.client.profile.ProfileChange;
import im.parley.client.profile.ProfileItem;
import im.parley.ui.app.AccountModel;
import im.parley.xmpp.ext.avatar.AvatarMetadata;
import im.parley.xmpp.ext.avatar.AvatarRefusedException;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contacts' profiles kept in the local archive (issue 13): a contact's XEP-0084 avatar and
 * XEP-0107 mood heard by one run are there before the next run connects, and that run takes the
 * avatar from the archive rather than fetching it (XEP-0084 §4.3) again.
 */
class ProfileArchiveIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    private static AccountEvent changed(Jid from, ProfileItem item) {
        return new AccountEvent.ProfileChanged(new ProfileChange(from, item));
    }

    @Test
    void aContactsAvatarAndMoodAreKeptAndTheAvatarIsNotFetchedAgain() throws Exception {
        Jid bobJid = TestSession.register(prosody, "kept-bob");
        ClientConfig bobConfig = prosody.config(bobJid.withResource("desk"), TestSession.PASSWORD).build();
        ProfileItem mood = new ProfileItem.Mood(new UserMood(Mood.CURIOUS, "kept in the archive"));
        try (AccountSession alice = PepIT.session(prosody, "kept-alice")) {
            Jid aliceJid = alice.jid().bare();
            String id;
            try (Profile profile = Profile.open(profileDir); Account bob = profile.account(bobConfig)) {
                List<AccountEvent> events = new CopyOnWriteArrayList<>();
                bob.subscribe(events::add);
                bob.connect().get(20, TimeUnit.SECONDS);
                PepIT.befriend(alice, bobJid);
                PepIT.befriend(bob.current(), aliceJid);
                PepIT.awaitBoth(alice, bobJid);
                id = alice.profile().setAvatar(AvatarImage.from(ProfileIT.picture(120, 80, Color.MAGENTA)),
                        AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
                alice.profile().publish(mood, AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
                // Told only once the journal has committed them.
                await(() -> events.contains(changed(aliceJid, new ProfileItem.Avatar(id)))
                        && events.contains(changed(aliceJid, mood)), "bob's account hears alice's avatar and mood");
            }

            // From now on the avatar cannot come from the network: its data item is gone.
            alice.pep().retract(Avatars.DATA_NODE, id).get(20, TimeUnit.SECONDS);
            AvatarMetadata.Info info = new AvatarMetadata.Info(id, 100, null, null, "image/png", null);
            assertThatThrownBy(() -> alice.avatars().fetch(aliceJid, info).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AvatarRefusedException.class);

            List<String> refusals = new CopyOnWriteArrayList<>();
            Handler capture = new LogMessages(refusals);
            Logger log = Logger.getLogger("im.parley.xmpp.ext.avatar.AvatarManager");
            try (Profile profile = Profile.open(profileDir)) {
                Profile.SyncedAccount synced = profile.accountWithSync(bobConfig);
                Account bob = synced.account();
                KeptProfiles kept = bob.keptProfiles();
                im.parley.client.profile.Profile alices = kept.all().stream()
                        .filter(p -> p.jid().equals(aliceJid)).findFirst().orElseThrow();
                assertThat(alices.item(ProfileItem.Mood.class)).contains((ProfileItem.Mood) mood);
                assertThat(alices.item(ProfileItem.Avatar.class)).contains(new ProfileItem.Avatar(id));
                assertThat(kept.avatars().get(id).map(Avatars::sha1)).as("the bytes, before connecting").contains(id);

                try (AccountModel app = new AccountModel(bob, synced.sync(), profile.history(bobJid),
                        profile.rosterStore(bobJid), Runnable::run, Runnable::run)) {
                    assertThat(app.profiles().profile(aliceJid).get().item(ProfileItem.Mood.class))
                            .as("the app shows the kept mood before connecting").contains((ProfileItem.Mood) mood);
                    List<AccountEvent> events = new CopyOnWriteArrayList<>();
                    bob.subscribe(events::add);
                    log.addHandler(capture);
                    app.connect().get(20, TimeUnit.SECONDS);
                    // Prosody sends the last metadata item on bob's +notify; the avatar it names is told
                    // only if it is in hand, and the network no longer has it.
                    await(() -> events.contains(changed(aliceJid, new ProfileItem.Avatar(id))),
                            "alice's avatar is told again, from the archive");
                    assertThat(refusals).as("no fetch was tried").noneMatch(m -> m.contains(aliceJid.toString()));
                    assertThat(bob.current().profile().profile(aliceJid).item(ProfileItem.Mood.class))
                            .contains((ProfileItem.Mood) mood);
                } finally {
                    log.removeHandler(capture);
                }
            }
        }
    }
}
