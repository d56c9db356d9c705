package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.AvatarRows;
import im.parley.archive.CallLog;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.OutboxActions;
import im.parley.archive.ProfileItemRows;
import im.parley.client.AccountEvent;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileChange;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.nick.UserNick;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile changes go through the archive journal and come back as the kept profiles after a restart. */
class ArchivedProfilesTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.com");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
    private static final String PNG_SHA1 = Avatars.sha1(PNG);

    @TempDir
    Path dir;

    private static ArchiveJournal journal(Archive archive, long id, ArchivedProfiles profiles) {
        return new ArchiveJournal(ALICE, id, new MessageStore(archive), new MessageQueries(archive),
                new OutboxActions(archive), new CallLog(archive), profiles);
    }

    private static void told(ArchiveJournal journal, Jid from, ProfileItem item) {
        AccountEvent event = new AccountEvent.ProfileChanged(new ProfileChange(from, item));
        assertThat(journal.record(event)).isSameAs(event);
    }

    @Test
    void everyKindOfItemIsKeptReplacedAndClearedAcrossARestart() {
        ProfileItem nick = new ProfileItem.Nick(new UserNick("Bobby"));
        ProfileItem happy = new ProfileItem.Mood(new UserMood(Mood.HAPPY, "kept"));
        ProfileItem activity = new ProfileItem.Activity(
                new UserActivity(GeneralActivity.RELAXING, SpecificActivity.READING, "XEPs"));
        ProfileItem location = new ProfileItem.Location(UserLocation.at(45.44, 12.33));
        ProfileItem avatar = new ProfileItem.Avatar(PNG_SHA1);
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ArchivedProfiles profiles = ArchivedProfiles.of(archive, id);
            ArchiveJournal journal = journal(archive, id, profiles);
            profiles.avatars().put(PNG_SHA1, PNG);
            told(journal, BOB.withResource("phone"), new ProfileItem.Mood(new UserMood(Mood.SAD, null)));
            for (ProfileItem item : List.of(nick, happy, activity, location, avatar)) {
                told(journal, BOB, item);
            }
            told(journal, BOB, new ProfileItem.Tune(new UserTune("Yes", 686, 8, "Yessongs", "Heart of the Sunrise", "3",
                    null)));
            told(journal, BOB, ProfileItem.cleared(ProfileItem.Kind.TUNE));
            told(journal, ALICE, nick);
        }
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ArchivedProfiles profiles = ArchivedProfiles.of(archive, id);
            Profile bob = Profile.empty(BOB);
            for (ProfileItem item : List.of(nick, happy, activity, location, avatar)) {
                bob = bob.with(item);
            }
            assertThat(profiles.all()).containsExactlyInAnyOrder(bob, Profile.empty(ALICE).with(nick));
            assertThat(profiles.avatars().get(PNG_SHA1)).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
            assertThat(new AvatarRows(archive, Avatars.MAX_BYTES).get(PNG_SHA1).orElseThrow().mimeType())
                    .isEqualTo("image/png");
        }
    }

    @Test
    void aClearedAvatarTakesItsBytesAlong() {
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ArchivedProfiles profiles = ArchivedProfiles.of(archive, id);
            ArchiveJournal journal = journal(archive, id, profiles);
            profiles.avatars().put(PNG_SHA1, PNG);
            told(journal, BOB, new ProfileItem.Avatar(PNG_SHA1));
            told(journal, BOB, ProfileItem.cleared(ProfileItem.Kind.AVATAR));
            assertThat(profiles.all()).isEmpty();
            assertThat(profiles.avatars().contains(PNG_SHA1)).isFalse();
        }
    }

    @Test
    void aKeptItemThatNoLongerReadsIsLeftOut() {
        try (Archive archive = Archive.open(dir)) {
            long id = new AccountStore(archive).ensure(ALICE.toString());
            ProfileItemRows rows = new ProfileItemRows(archive);
            rows.put(id, BOB.toString(), "mood", "<mood xmlns='http://jabber.org/protocol/mood'");
            rows.put(id, BOB.toString(), "nick", "<nick xmlns='http://jabber.org/protocol/nick'>Bob</nick>");
            rows.put(id, BOB.toString(), "colour", "blue");
            assertThat(ArchivedProfiles.of(archive, id).all())
                    .containsExactly(Profile.empty(BOB).with(new ProfileItem.Nick(new UserNick("Bob"))));
        }
    }

    @Test
    void imagesAreTypedByTheirFirstBytes() {
        assertThat(ArchivedProfiles.mimeType(PNG)).isEqualTo("image/png");
        assertThat(ArchivedProfiles.mimeType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(ArchivedProfiles.mimeType("GIF89a".getBytes())).isEqualTo("image/gif");
        assertThat(ArchivedProfiles.mimeType("RIFF0000WEBPVP8 ".getBytes())).isEqualTo("image/webp");
        assertThat(ArchivedProfiles.mimeType(new byte[] {1})).isEqualTo("application/octet-stream");
    }
}
