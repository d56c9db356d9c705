package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.ProfileChange;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.avatar.AvatarData;
import im.parley.xmpp.ext.avatar.AvatarDataCodec;
import im.parley.xmpp.ext.avatar.AvatarMetadata;
import im.parley.xmpp.ext.avatar.AvatarMetadataCodec;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.nick.UserNick;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.ext.vcard.Photo;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.jid.Jid;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The profile service over Prosody's PEP and vCards: every item, the avatar both ways, and refusals. */
class ProfileIT {
    private final TestServer prosody = TestServer.prosody();

    private AccountSession session(String prefix) throws Exception {
        return PepIT.session(prosody, prefix);
    }

    /** Two friends online; {@code heard} gets what the second hears, listening before its presence went out. */
    private void friends(AccountSession a, AccountSession b, List<ProfileChange> heard) throws Exception {
        PepIT.befriend(a, b.jid().bare());
        PepIT.befriend(b, a.jid().bare());
        PepIT.awaitBoth(a, b.jid().bare());
        b.profile().addListener(heard::add);
        a.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
        b.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
    }

    private static boolean heardFrom(List<ProfileChange> heard, AccountSession from, ProfileItem item) {
        return heard.stream().anyMatch(c -> c.from().equals(from.jid().bare()) && c.item().equals(item));
    }

    /** XEP-0172, 0107, 0108, 0118 and 0080 over PEP: each item reaches a contact, and so does its clearing. */
    @Test
    void everyItemAndItsClearingReachAContact() throws Exception {
        try (AccountSession alice = session("profile-a"); AccountSession bob = session("profile-b")) {
            List<ProfileChange> heard = new CopyOnWriteArrayList<>();
            friends(alice, bob, heard);
            List<ProfileItem> items = List.of(new ProfileItem.Nick(new UserNick("Alice in PEP")),
                    new ProfileItem.Mood(new UserMood(Mood.IN_LOVE, "with PEP")),
                    new ProfileItem.Activity(new UserActivity(GeneralActivity.RELAXING, SpecificActivity.READING, "XEPs")),
                    new ProfileItem.Tune(new UserTune("Yes", 686, 8, "Yessongs", "Heart of the Sunrise", "3", null)),
                    new ProfileItem.Location(UserLocation.at(45.44, 12.33)));
            for (ProfileItem item : items) {
                alice.profile().publish(item, AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
                await(() -> heardFrom(heard, alice, item), "bob hears " + item);
            }
            assertThat(bob.profile().profile(alice.jid()).items()).hasSize(5);
            for (ProfileItem item : items) {
                ProfileItem cleared = ProfileItem.cleared(item.kind());
                alice.profile().clear(item.kind(), AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
                await(() -> heardFrom(heard, alice, cleared), "bob hears " + item.kind() + " cleared");
            }
            assertThat(bob.profile().profile(alice.jid()).items()).isEmpty();
        }
    }

    /** The account's event stream carries a contact's profile changes (AccountEvent.ProfileChanged). */
    @Test
    void anAccountTellsAContactsProfileChangesAsEvents() throws Exception {
        Jid bobJid = TestSession.register(prosody, "profile-account");
        try (AccountSession alice = session("profile-publisher");
             Account bob = new Account(prosody.config(bobJid.withResource("desk"), TestSession.PASSWORD).build())) {
            List<AccountEvent> events = new CopyOnWriteArrayList<>();
            bob.subscribe(events::add);
            bob.connect().get(20, TimeUnit.SECONDS);
            PepIT.befriend(alice, bobJid);
            PepIT.befriend(bob.current(), alice.jid().bare());
            PepIT.awaitBoth(alice, bobJid);
            ProfileItem mood = new ProfileItem.Mood(new UserMood(Mood.CURIOUS, "events"));
            alice.profile().publish(mood, AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            await(() -> events.contains(new AccountEvent.ProfileChanged(new ProfileChange(alice.jid().bare(), mood))),
                    "bob's account tells alice's mood");
        }
    }

    static byte[] picture(int width, int height, Color color) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** XEP-0084 §4 and XEP-0153 §3: the avatar reaches a contact scaled, as PNG and hashing to its id; the vCard has it too. */
    @Test
    void avatarRoundTripsWithAVerifiedHashAndLandsInTheVCard() throws Exception {
        try (AccountSession alice = session("avatar-a"); AccountSession bob = session("avatar-b")) {
            List<ProfileChange> heard = new CopyOnWriteArrayList<>();
            friends(alice, bob, heard);
            String id = alice.profile().setAvatar(AvatarImage.from(picture(400, 300, Color.ORANGE)), AccessModel.PRESENCE)
                    .get(20, TimeUnit.SECONDS);
            await(() -> heardFrom(heard, alice, new ProfileItem.Avatar(id)), "bob hears the avatar");
            byte[] png = bob.profile().avatar(id).orElseThrow();
            assertThat(Avatars.sha1(png)).isEqualTo(id);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(192);
            assertThat(image.getHeight()).isEqualTo(144);

            VCard card = bob.vCard().get(alice.jid()).get(20, TimeUnit.SECONDS).orElseThrow();
            assertThat(card.photo().map(Photo::data).map(Avatars::sha1)).contains(id);

            alice.profile().clear(ProfileItem.Kind.AVATAR, AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
            await(() -> heardFrom(heard, alice, new ProfileItem.Avatar(null)), "bob hears the avatar disabled");
            assertThat(bob.vCard().get(alice.jid()).get(20, TimeUnit.SECONDS).flatMap(VCard::photo)).isEmpty();
        }
    }

    /** XEP-0153 §3.2 and §3.3: a client that only knows vCard avatars announces a hash; we fetch, check and keep it. */
    @Test
    void aVCardOnlyContactsAvatarIsFetchedByItsHash() throws Exception {
        try (AccountSession legacy = session("vcard-a"); AccountSession bob = session("vcard-b")) {
            byte[] photo = picture(64, 64, Color.BLUE);
            String hash = Avatars.sha1(photo);
            // Only the vCard and the hash in presence, no XEP-0084, as older clients do.
            legacy.vCard().set(VCard.empty().withPhoto(new Photo("image/jpeg", photo))).get(20, TimeUnit.SECONDS);
            legacy.vCardAvatars().learnOwnHash().get(20, TimeUnit.SECONDS);
            List<ProfileChange> heard = new CopyOnWriteArrayList<>();
            friends(legacy, bob, heard);
            await(() -> heardFrom(heard, legacy, new ProfileItem.Avatar(hash)), "bob takes the vCard avatar");
            assertThat(bob.profile().avatar(hash).map(Avatars::sha1)).contains(hash);
        }
    }

    /** The bounds: a mismatched hash and an announced size over 512 KiB are refused, logged and never told. */
    @Test
    void anAvatarThatDoesNotHashToItsIdOrIsTooLargeIsRefused() throws Exception {
        List<String> refusals = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("im.parley.xmpp.ext.avatar.AvatarManager");
        Handler capture = new LogMessages(refusals);
        log.addHandler(capture);
        try (AccountSession mallory = session("avatar-m"); AccountSession bob = session("avatar-v")) {
            List<ProfileChange> heard = new CopyOnWriteArrayList<>();
            friends(mallory, bob, heard);
            byte[] real = picture(32, 32, Color.RED);
            String claimed = Avatars.sha1(picture(32, 32, Color.GREEN));
            publishRaw(mallory, claimed, real, real.length);
            await(() -> refusals.stream().anyMatch(m -> m.contains("hashes to")), "the mismatched avatar is refused");

            String huge = Avatars.sha1(real);
            publishRaw(mallory, huge, real, 2L * 1024 * 1024);
            await(() -> refusals.stream().anyMatch(m -> m.contains("over the")), "the oversized avatar is refused");
            assertThat(heard).noneMatch(c -> c.item() instanceof ProfileItem.Avatar);
            assertThat(bob.profile().avatar(claimed)).isEmpty();
            assertThat(bob.profile().avatar(huge)).isEmpty();
        } finally {
            log.removeHandler(capture);
        }
    }

    /** Publishes data and metadata as a dishonest client would, whatever they say. */
    private static void publishRaw(AccountSession s, String id, byte[] data, long announced) throws Exception {
        s.pep().publish(Avatars.DATA_NODE, Item.of(id, new AvatarDataCodec().encode(new AvatarData(data))),
                AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
        AvatarMetadata metadata = new AvatarMetadata(
                List.of(new AvatarMetadata.Info(id, announced, 32, 32, "image/png", null)), List.of());
        s.pep().publish(Avatars.METADATA_NODE, Item.of(id, new AvatarMetadataCodec().encode(metadata)),
                AccessModel.PRESENCE).get(20, TimeUnit.SECONDS);
    }
}
